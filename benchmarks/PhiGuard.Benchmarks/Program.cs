using BenchmarkDotNet.Running;

namespace PhiGuard.Benchmarks
{
    /// <summary>
    /// Runs the benchmarks the command line selects (<c>--filter</c>), or, with <c>cpu generated|real [rounds]</c>, the
    /// processor-time comparison; see docs/performance.md.
    /// </summary>
    public static class Program
    {
        public static void Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "cpu")
            {
                CpuTime.Run(args.Length > 1 ? args[1] : "generated", args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
                return;
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        }
    }
}
