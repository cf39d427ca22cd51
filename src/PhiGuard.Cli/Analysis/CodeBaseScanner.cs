using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PhiGuard.Cli.Findings;
using PhiGuard.Cli.Input;

namespace PhiGuard.Cli.Analysis
{
    /// <summary>
    /// Runs the PhiGuard analyzers over every project (or folder group) of a code base, in parallel, each with the
    /// policy a build of it would use, and collects their findings.
    /// </summary>
    internal sealed class CodeBaseScanner
    {
        private readonly Action<string> _warn;
        private readonly Action<string> _error;
        private readonly Action<int, int>? _progress;

        /// <summary>Called for every analysed compilation with the policy it was analysed with, for commands that look further (inventory, explain).</summary>
        public Action<AnalysisUnit, Compilation, PolicyChoice, ReportRoot>? Inspect { get; init; }

        public CodeBaseScanner(Action<string> warn, Action<string> error, Action<int, int>? progress)
        {
            _warn = warn;
            _error = error;
            _progress = progress;
        }

        public async Task<ScanResult> ScanAsync(ScanRequest request, CancellationToken cancellationToken)
        {
            var stopwatch = Stopwatch.StartNew();
            var notifications = new ConcurrentQueue<ToolNotification>();
            using var codeBase = await LoadedCodeBase.LoadAsync(request, message => Warn(notifications, message), message => Unread(notifications, message), cancellationToken).ConfigureAwait(false);
            return await AnalyzeAsync(codeBase, codeBase.Policies, request.Target, notifications, stopwatch, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Analyses a code base that is already loaded, with <paramref name="policies"/>; for commands that analyse it under more than one policy.</summary>
        public Task<ScanResult> AnalyzeAsync(LoadedCodeBase codeBase, PolicyResolver policies, string target, CancellationToken cancellationToken) =>
            AnalyzeAsync(codeBase, policies, target, new ConcurrentQueue<ToolNotification>(), Stopwatch.StartNew(), cancellationToken);

        private void Warn(ConcurrentQueue<ToolNotification> notifications, string message)
        {
            notifications.Enqueue(new ToolNotification(message, IsAnalyzerFailure: false));
            _warn(message);
        }

        private void Unread(ConcurrentQueue<ToolNotification> notifications, string message)
        {
            notifications.Enqueue(new ToolNotification(message, IsAnalyzerFailure: false, IsUnreadInput: true));
            _error(message);
        }

        private async Task<ScanResult> AnalyzeAsync(LoadedCodeBase codeBase, PolicyResolver policies, string target, ConcurrentQueue<ToolNotification> notifications, Stopwatch stopwatch, CancellationToken cancellationToken)
        {
            void Warn(string message) => this.Warn(notifications, message);

            void Unread(string message) => this.Unread(notifications, message);

            void Fail(string message)
            {
                notifications.Enqueue(new ToolNotification(message, IsAnalyzerFailure: true));
                _error(message);
            }

            var units = codeBase.Units;
            var root = ReportRoot.For(codeBase.Directory);
            var options = new PolicyAnalyzerOptions();
            var findings = new ConcurrentBag<Finding>();
            var summaries = new ConcurrentBag<UnitSummary>();
            var done = 0;
            _progress?.Invoke(0, units.Count);
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(units, parallel, async (unit, token) =>
            {
                var compilation = await unit.Compile(token).ConfigureAwait(false);
                if (compilation is null)
                {
                    Warn(unit.Name + " could not be compiled for analysis; it was skipped");
                }
                else
                {
                    if (codeBase.LoadedWithMSBuild)
                    {
                        ReportUnreadSources(compilation, Unread);
                    }

                    var choice = policies.For(unit.Directory, unit.ConfiguredPolicy);
                    foreach (var finding in await AnalyzeAsync(compilation, options.Create(choice, unit.ConfigOptions), root, unit.Name, Fail, token).ConfigureAwait(false))
                    {
                        findings.Add(finding);
                    }

                    Inspect?.Invoke(unit, compilation, choice, root);
                    var (files, lines) = Size(compilation);
                    summaries.Add(new UnitSummary(unit.Name, unit.Directory, files, lines, choice.Path, choice.Origin));
                }

                _progress?.Invoke(Interlocked.Increment(ref done), units.Count);
            }).ConfigureAwait(false);

            // Projects are analysed in parallel: of findings reported twice, the one kept and the order are fixed, never the first to arrive.
            var unique = findings
                .GroupBy(f => (f.RuleId, f.Location.FullPath, f.Location.Line, f.Location.Column, f.Message))
                .Select(g => g.OrderBy(FlowText, StringComparer.Ordinal).ThenBy(f => f.Project, StringComparer.Ordinal).First());
            return new ScanResult
            {
                Target = Path.GetFullPath(target),
                Root = root,
                Findings = Fingerprints.Assign(unique).OrderBy(f => f.Location.Path, StringComparer.Ordinal).ThenBy(f => f.Location.Line).ThenBy(f => f.Location.Column).ThenBy(f => f.RuleId, StringComparer.Ordinal).ThenBy(f => f.Message, StringComparer.Ordinal).ToList(),
                Rules = AnalyzerCatalog.Default.Rules,
                Units = summaries.OrderBy(s => s.Name, StringComparer.Ordinal).ToList(),
                // Gathered from parallel work; in a fixed order so that reports of the same code are the same.
                Notifications = notifications.OrderBy(n => n.Message, StringComparer.Ordinal).ToList(),
                Duration = stopwatch.Elapsed,
            };
        }

        /// <summary>
        /// A project's source that MSBuild listed but could not be read is compiled as an empty file, and reported only
        /// as a workspace warning: the scan would look complete without it. Each is told to <paramref name="unread"/>.
        /// Source generators' output is named under obj/ without being on the disk, and is not a source to read.
        /// </summary>
        private static void ReportUnreadSources(Compilation compilation, Action<string> unread)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (tree.Length == 0 && Path.IsPathRooted(tree.FilePath) && !IsBuildOutput(tree.FilePath) && InputFiles.WhyUnreadable(tree.FilePath) is { } problem)
                {
                    unread("skipped " + tree.FilePath + ": " + problem);
                }
            }
        }

        private static bool IsBuildOutput(string path) => path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal);

        private static string FlowText(Finding finding) => string.Join(";", finding.Flow.Select(step => step.Path + ":" + step.Line + ":" + step.Column));

        private static async Task<IEnumerable<Finding>> AnalyzeAsync(Compilation compilation, AnalyzerOptions analyzerOptions, ReportRoot root, string unitName, Action<string> reportFailure, CancellationToken cancellationToken)
        {
            var diagnostics = await AnalyzerRunner.RunAsync(compilation, analyzerOptions, unitName, reportFailure, cancellationToken).ConfigureAwait(false);
            var factory = new FindingFactory(compilation, root, unitName);
            return diagnostics.Select(factory.Create).OfType<Finding>().ToList();
        }

        /// <summary>The source files and lines the compilation holds, not counting build output under obj/.</summary>
        private static (int Files, long Lines) Size(Compilation compilation)
        {
            var files = 0;
            long lines = 0;
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (string.IsNullOrEmpty(tree.FilePath) || IsBuildOutput(tree.FilePath))
                {
                    continue;
                }

                files++;
                lines += tree.GetText().Lines.Count;
            }

            return (files, lines);
        }
    }
}
