using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using PhiGuard.Cli.Analysis;
using PhiGuard.Cli.Inventory;
using PhiGuard.Cli.Output;
using PhiGuard.Cli.PolicyDiff;

namespace PhiGuard.Cli.Commands
{
    /// <summary>
    /// <c>phiguard policy diff &lt;base-policy&gt; &lt;head-policy&gt; &lt;path&gt;</c>: what a policy change does to a code base,
    /// from one analysis under each policy of the code loaded once.
    /// </summary>
    internal static class PolicyDiffCommand
    {
        public static Command Create()
        {
            var basePolicy = new Argument<string>("base-policy") { Description = "The policy before the change (such as the target branch's phiguard.json)" };
            var headPolicy = new Argument<string>("head-policy") { Description = "The policy after the change" };
            var target = new Argument<string>("path") { Description = "Solution, C# project or directory to analyse under both" };
            var noBuild = new Option<bool>("--no-build") { Description = "Analyse the .cs files under a directory without restoring or building" };
            var format = EnumOption.Create("--format", "Report format", DiffFormat.Text);
            var output = new Option<string?>("--output", "-o") { Description = "File to write the report to (default: standard output)", HelpName = "FILE" };
            var command = new Command("diff", "Show what a policy change does: findings added and removed, symbols newly protected or unprotected, exemptions and approved sinks added, removed or expiring within 30 days; exit 0 when it ran, 2 on bad input")
            {
                basePolicy, headPolicy, target, noBuild, format, output,
            };
            command.SetAction((parse, cancellationToken) => RunAsync(
                parse.GetRequiredValue(basePolicy),
                parse.GetRequiredValue(headPolicy),
                new ScanRequest(parse.GetRequiredValue(target), null, parse.GetValue(noBuild)),
                parse.GetValue(format),
                parse.GetValue(output),
                cancellationToken));
            return command;
        }

        /// <summary>A source that cannot be read would make both sides miss the same findings, and the diff look smaller than it is.</summary>
        private static void Unreadable(string message) => throw new InputException(message + "; the diff needs every source of the code base");

        private static async Task<int> RunAsync(string basePath, string headPath, ScanRequest request, DiffFormat format, string? output, CancellationToken cancellationToken)
        {
            var (basePolicies, headPolicies) = LoadBoth(basePath, headPath);
            var progress = ProgressLine.ForStandardError();
            using var codeBase = await LoadedCodeBase.LoadAsync(request, ConsoleReporter.Warn, Unreadable, cancellationToken).ConfigureAwait(false);
            var baseSide = await AnalyzeAsync(codeBase, basePolicies, request.Target, progress, cancellationToken).ConfigureAwait(false);
            var headSide = await AnalyzeAsync(codeBase, headPolicies, request.Target, progress, cancellationToken).ConfigureAwait(false);
            var diff = PolicyDiffResult.Compare(
                (headPath, headPolicies.ExplicitPolicy!, headSide.Scan, headSide.Symbols),
                (basePath, basePolicies.ExplicitPolicy!, baseSide.Scan, baseSide.Symbols),
                DateTime.UtcNow.Date);
            var report = format switch
            {
                DiffFormat.Markdown => PolicyDiffReports.Markdown(diff),
                DiffFormat.Json => PolicyDiffReports.Json(diff),
                _ => PolicyDiffReports.Text(diff),
            };
            if (output is null)
            {
                Console.Out.Write(report);
            }
            else
            {
                AtomicFile.Write(output, report);
                Console.Out.WriteLine("PhiGuard: policy diff written to " + output);
            }

            return ExitCodes.Clean;
        }

        /// <summary>Both policies, checked before any code is loaded; when either is invalid, the error says which, at file:line:col.</summary>
        private static (PolicyResolver Base, PolicyResolver Head) LoadBoth(string basePath, string headPath)
        {
            var problems = new List<string>();
            PolicyResolver? Load(string path, string role)
            {
                try
                {
                    return new PolicyResolver(path, role);
                }
                catch (InputException e)
                {
                    problems.Add(e.Message);
                    return null;
                }
            }

            var basePolicies = Load(basePath, "base policy");
            var headPolicies = Load(headPath, "head policy");
            return problems.Count == 0 ? (basePolicies!, headPolicies!) : throw new InputException(string.Join("; and ", problems));
        }

        private static async Task<(Analysis.ScanResult Scan, IReadOnlyList<ProtectedSymbol> Symbols)> AnalyzeAsync(LoadedCodeBase codeBase, PolicyResolver policies, string target, Action<int, int>? progress, CancellationToken cancellationToken)
        {
            var collector = new InventoryCollector();
            var scanner = new CodeBaseScanner(ConsoleReporter.Warn, ConsoleReporter.Error, progress) { Inspect = collector.Collect };
            var scan = await scanner.AnalyzeAsync(codeBase, policies, target, cancellationToken).ConfigureAwait(false);
            return (scan, collector.Symbols);
        }

        private enum DiffFormat
        {
            Text,
            Markdown,
            Json,
        }
    }
}
