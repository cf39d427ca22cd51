using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PhiGuard.Benchmarks
{
    /// <summary>
    /// What an IDE pays on a keystroke: the analyzers' diagnostics for one document of about 2,000 lines, in a fresh
    /// compilation of the whole code base whose declarations and the document's own bodies the compiler has bound
    /// already (as the IDE's compiler diagnostics have). Other documents are not bound: whatever PhiGuard needs from
    /// them, it pays for.
    /// </summary>
    [SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 15)]
    public abstract class DocumentBenchmarks
    {
        private AnalysisRun _run = null!;
        private SyntaxTree _document = null!;
        private CompilationWithAnalyzers _withMethodSyntax = null!;
        private CompilationWithAnalyzers _withOperationBlocks = null!;
        private CompilationWithAnalyzers _withPhiGuard = null!;

        [GlobalSetup]
        public void Setup()
        {
            _run = Load();
            _document = CodeBases.Document(_run);
        }

        [IterationSetup]
        public void BindDocument()
        {
            _withMethodSyntax = Bound(AnalysisRun.MethodSyntax);
            _withOperationBlocks = Bound(AnalysisRun.OperationBlocks);
            _withPhiGuard = Bound(AnalysisRun.PhiGuard);
        }

        [Benchmark(Baseline = true)]
        public Task<ImmutableArray<Diagnostic>> Document_with_method_syntax_analyzer() => Analyze(_withMethodSyntax);

        [Benchmark]
        public Task<ImmutableArray<Diagnostic>> Document_with_operation_block_analyzer() => Analyze(_withOperationBlocks);

        [Benchmark]
        public Task<ImmutableArray<Diagnostic>> Document_with_PhiGuard() => Analyze(_withPhiGuard);

        private protected abstract AnalysisRun Load();

        private CompilationWithAnalyzers Bound(ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            var compilation = _run.NewCompilation();
            compilation.GetDeclarationDiagnostics();
            compilation.GetSemanticModel(_document).GetDiagnostics();
            return _run.WithAnalyzers(compilation, analyzers);
        }

        private Task<ImmutableArray<Diagnostic>> Analyze(CompilationWithAnalyzers analysis) =>
            analysis.GetAnalyzerSemanticDiagnosticsAsync(analysis.Compilation.GetSemanticModel(_document), filterSpan: null, CancellationToken.None);
    }

    /// <summary>One 2,000-line module of the generated health code base.</summary>
    public class GeneratedCodeBaseDocument : DocumentBenchmarks
    {
        private protected override AnalysisRun Load() => CodeBases.Generated();
    }

    /// <summary>The document of the real code base closest to 2,000 lines, or the one PHIGUARD_REAL_DOCUMENT names.</summary>
    public class RealCodeBaseDocument : DocumentBenchmarks
    {
        private protected override AnalysisRun Load() => CodeBases.Real();
    }
}
