using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using PhiGuard.Cli.Analysis;
using PhiGuard.Cli.Findings;
using PhiGuard.Cli.Output;
using PhiGuard.Cli.Reports;

namespace PhiGuard.Cli.Commands
{
    /// <summary><c>phiguard scan</c>: analyse a code base, write a report, and exit 1 when findings reach <c>--fail-on</c>.</summary>
    internal static class ScanCommand
    {
        public static Command Create()
        {
            var scan = new ScanOptions("Solution (.sln, .slnx), C# project (.csproj) or directory to scan");
            var format = EnumOption.Create("--format", "Report format", ReportFormat.Text, "-f");
            var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file (atomically) instead of stdout", HelpName = "FILE" };
            var baseline = new Option<string?>("--baseline") { Description = "Report the findings in this baseline as suppressed; only new findings fail", HelpName = "FILE" };
            var failOn = EnumOption.Create("--fail-on", "Exit with 1 when an unsuppressed finding is at or above this severity", FailOn.Warning);

            var command = new Command("scan", "Analyse a code base for protected health information that reaches logs, serializers, storage, exceptions, telemetry or URLs");
            scan.AddTo(command);
            command.Add(format);
            command.Add(output);
            command.Add(baseline);
            command.Add(failOn);
            command.SetAction((parse, cancellationToken) => RunAsync(scan.Read(parse), parse.GetValue(format), parse.GetValue(output), parse.GetValue(baseline), parse.GetValue(failOn), cancellationToken));
            return command;
        }

        private static async Task<int> RunAsync(ScanRequest request, ReportFormat format, string? output, string? baselinePath, FailOn failOn, CancellationToken cancellationToken)
        {
            var accepted = baselinePath is null ? null : Baseline.Read(baselinePath);
            var result = await new CodeBaseScanner(ConsoleReporter.Warn, ConsoleReporter.Error, ProgressLine.ForStandardError()).ScanAsync(request, cancellationToken).ConfigureAwait(false);
            if (accepted is not null)
            {
                result = Baseline.Apply(result, accepted, baselinePath!);
            }

            // An input that was not read leaves findings out however --fail-on is set: the scan is not a pass.
            var exitCode = result.UnreadInputs > 0 ? ExitCodes.InputError : failOn.Fails(result) ? ExitCodes.Findings : ExitCodes.Clean;
            var report = format switch
            {
                ReportFormat.Sarif => SarifReport.Render(result, exitCode),
                ReportFormat.Json => JsonReport.Render(result, exitCode),
                ReportFormat.Markdown => MarkdownReport.Render(result),
                _ => TextReport.Render(result),
            };

            if (output is null)
            {
                System.Console.Out.Write(report);
            }
            else
            {
                AtomicFile.Write(output, report);
                System.Console.Out.WriteLine("PhiGuard: " + ScanSummary.Of(result) + "; report written to " + output);
            }

            if (result.UnreadInputs > 0)
            {
                ConsoleReporter.Error(ScanSummary.Count(result.UnreadInputs, "input") + " could not be read, so the scan is incomplete (exit " + ExitCodes.InputError + ")");
            }
            else if (result.Incomplete)
            {
                ConsoleReporter.Error("an analyzer failed, so the results are incomplete; the scan fails unless --fail-on none");
            }

            return exitCode;
        }
    }
}
