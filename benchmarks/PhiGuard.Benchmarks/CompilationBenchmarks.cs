using System.Collections.Immutable;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;

namespace PhiGuard.Benchmarks
{
    /// <summary>
    /// A whole build's worth of analysis: every compiler diagnostic plus every analyzer finding, from a fresh compilation.
    /// The ratio of the PhiGuard row to the compiler's alone is what PhiGuard adds to the compiler's own time.
    /// </summary>
    [SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
    public abstract class CompilationBenchmarks
    {
        private AnalysisRun _run = null!;

        [GlobalSetup]
        public void Setup() => _run = Load();

        [Benchmark(Baseline = true)]
        public Task<ImmutableArray<Diagnostic>> Compiler_alone() => _run.AllDiagnosticsAsync(AnalysisRun.Compiler);

        [Benchmark]
        public Task<ImmutableArray<Diagnostic>> Compiler_with_operation_block_analyzer() => _run.AllDiagnosticsAsync(AnalysisRun.OperationBlocks);

        [Benchmark]
        public Task<ImmutableArray<Diagnostic>> Compiler_with_PhiGuard() => _run.AllDiagnosticsAsync(AnalysisRun.PhiGuard);

        private protected abstract AnalysisRun Load();
    }

    /// <summary>The generated health code base of about 100,000 lines.</summary>
    public class GeneratedCodeBaseCompilation : CompilationBenchmarks
    {
        private protected override AnalysisRun Load() => CodeBases.Generated();
    }

    /// <summary>The real code base named by the PHIGUARD_REAL_* environment variables.</summary>
    public class RealCodeBaseCompilation : CompilationBenchmarks
    {
        private protected override AnalysisRun Load() => CodeBases.Real();
    }
}
