using BenchmarkDotNet.Running;

namespace PhiGuard.Benchmarks
{
    /// <summary>
    /// Runs the benchmarks the command line selects (<c>--filter</c>), or, with <c>cpu generated|real [rounds]</c>, the
    /// processor-time comparison, or, with <c>findings generated|real FILE</c>, the list of findings, or, with
    /// <c>write-generated DIR PACKAGES</c>, the generated code base as a project to time whole builds of; see
    /// docs/performance.md.
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

            if (args.Length > 2 && args[0] == "findings")
            {
                FindingsList.Write(args[1], args[2]);
                return;
            }

            if (args.Length > 2 && args[0] == "write-generated")
            {
                GeneratedProject.Write(args[1], args[2]);
                return;
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        }
    }
}
