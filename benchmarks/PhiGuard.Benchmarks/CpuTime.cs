using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PhiGuard.Benchmarks
{
    /// <summary>
    /// The processor time a build and a document analysis take with each baseline analyzer (<see cref="BaselineKind"/>)
    /// and with PhiGuard, run in turns.
    /// On a shared machine wall-clock times swing with the load of other processes; processor time barely does, so this
    /// is the number docs/performance.md compares. Usage: <c>cpu generated|real [rounds]</c>.
    /// </summary>
    internal static class CpuTime
    {
        public static void Run(string codeBase, int rounds)
        {
            var run = codeBase == "real" ? CodeBases.Real() : CodeBases.Generated();
            var document = CodeBases.Document(run);
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}: {1} files, {2} lines; document {3} ({4} lines)", codeBase, run.Trees.Count, run.Trees.Sum(tree => tree.GetText().Lines.Count), document.FilePath, document.GetText().Lines.Count));

            var configurations = new[] { ("compiler", AnalysisRun.Compiler), ("syntax", AnalysisRun.MethodSyntax), ("op-blocks", AnalysisRun.OperationBlocks), ("PhiGuard", AnalysisRun.PhiGuard) };
            var build = configurations.ToDictionary(c => c.Item1, _ => new List<(double Cpu, double Wall)>());
            var single = configurations.ToDictionary(c => c.Item1, _ => new List<(double Cpu, double Wall)>());
            var findings = 0;
            rounds = Math.Max(1, rounds);
            for (var round = 0; round <= rounds; round++)
            {
                foreach (var (name, analyzers) in configurations)
                {
                    var (cpu, wall, diagnostics) = Measure(() => run.AllDiagnosticsAsync(analyzers).GetAwaiter().GetResult());
                    var (documentCpu, documentWall, _) = MeasureDocument(run, document, analyzers);
                    if (round == 0)
                    {
                        findings = name == "PhiGuard" ? diagnostics.Count(d => d.Id.StartsWith("PHI", StringComparison.Ordinal)) : findings;
                        continue;
                    }

                    build[name].Add((cpu, wall));
                    single[name].Add((documentCpu, documentWall));
                }
            }

            Console.WriteLine("PhiGuard findings: " + findings);
            Report("build (all compiler and analyzer diagnostics)", build, "s", 1);
            Report("one document (analyzer diagnostics only)", single, "ms", 1000);
        }

        private static (double Cpu, double Wall, ImmutableArray<Diagnostic> Diagnostics) MeasureDocument(AnalysisRun run, SyntaxTree document, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            var compilation = run.NewCompilation();
            compilation.GetDeclarationDiagnostics();
            compilation.GetSemanticModel(document).GetDiagnostics();
            var analysis = run.WithAnalyzers(compilation, analyzers);
            var model = analysis.Compilation.GetSemanticModel(document);
            return Measure(() => analysis.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, CancellationToken.None).GetAwaiter().GetResult());
        }

        private static (double Cpu, double Wall, ImmutableArray<Diagnostic> Diagnostics) Measure(Func<ImmutableArray<Diagnostic>> work)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var diagnostics = work();
            clock.Stop();
            process.Refresh();
            return ((process.TotalProcessorTime - cpu).TotalSeconds, clock.Elapsed.TotalSeconds, diagnostics);
        }

        private static void Report(string what, Dictionary<string, List<(double Cpu, double Wall)>> samples, string unit, double scale)
        {
            double Median(IEnumerable<double> values)
            {
                var sorted = values.OrderBy(value => value).ToList();
                return sorted[sorted.Count / 2] * scale;
            }

            var phiCpu = Median(samples["PhiGuard"].Select(s => s.Cpu));
            Console.WriteLine(what + ":");
            foreach (var pair in samples)
            {
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0,-9} processor {1,10:F3} {3}   wall {2,10:F3} {3}   (median of {4})", pair.Key, Median(pair.Value.Select(s => s.Cpu)), Median(pair.Value.Select(s => s.Wall)), unit, pair.Value.Count));
            }

            foreach (var baseline in new[] { "compiler", "syntax", "op-blocks" })
            {
                var baseCpu = Median(samples[baseline].Select(s => s.Cpu));
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  PhiGuard adds {0:F3} {1} of processor time to {2}: {3:P1} of it", phiCpu - baseCpu, unit, baseline, (phiCpu - baseCpu) / baseCpu));
            }
        }
    }
}
