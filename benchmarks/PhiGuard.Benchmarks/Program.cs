using BenchmarkDotNet.Running;

namespace PhiGuard.Benchmarks
{
    /// <summary>Runs the benchmarks the command line selects (<c>--filter</c>); see docs/performance.md.</summary>
    public static class Program
    {
        public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
