using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using PhiGuard.Cli.Analysis;
using PhiGuard.Cli.Findings;
using PhiGuard.Cli.Output;
using PhiGuard.Cli.Reports;

namespace PhiGuard.Cli.Commands
{
    /// <summary><c>phiguard baseline create</c>: accept today's findings, so CI fails only on new ones.</summary>
    internal static class BaselineCommand
    {
        public const string DefaultFileName = "phiguard.baseline.json";

        public static Command Create()
        {
            var scan = new ScanOptions("Solution, C# project or directory to scan");
            var output = new Option<string>("--output", "-o") { Description = "Baseline file to write", HelpName = "FILE", DefaultValueFactory = _ => DefaultFileName };
            var create = new Command("create", "Scan a code base and write its current findings to a baseline file");
            scan.AddTo(create);
            create.Add(output);
            create.SetAction((parse, cancellationToken) => CreateAsync(scan.Read(parse), parse.GetValue(output)!, cancellationToken));

            var baseline = new Command("baseline", "Accept the current findings, so that 'scan --baseline' fails only on new ones");
            baseline.Add(create);
            return baseline;
        }

        private static async Task<int> CreateAsync(ScanRequest request, string output, CancellationToken cancellationToken)
        {
            var result = await new CodeBaseScanner(ConsoleReporter.Warn, ConsoleReporter.Error, ProgressLine.ForStandardError()).ScanAsync(request, cancellationToken).ConfigureAwait(false);
            AtomicFile.Write(output, Baseline.Create(result));
            System.Console.Out.WriteLine("PhiGuard: baseline of " + ScanSummary.Count(System.Linq.Enumerable.Count(result.Active), "finding") + " written to " + output);
            return ExitCodes.Clean;
        }
    }
}
