using System.Linq;
using PhiGuard.Cli.Analysis;
using PhiGuard.Cli.Findings;

namespace PhiGuard.Cli.Reports
{
    /// <summary>The lowest severity that fails a scan (<c>--fail-on</c>).</summary>
    internal enum FailOn
    {
        Error,
        Warning,
        None,
    }

    internal static class FailOnExtensions
    {
        /// <summary>True when an unsuppressed finding is at or above the threshold, or an analyzer failed (the result cannot be trusted).</summary>
        public static bool Fails(this FailOn failOn, ScanResult result) => failOn switch
        {
            FailOn.None => false,
            FailOn.Error => result.Incomplete || result.Active.Any(f => f.Level == FindingLevel.Error),
            _ => result.Incomplete || result.Active.Any(f => f.Level >= FindingLevel.Warning),
        };

        public static string Name(this FailOn failOn) => failOn.ToString().ToLowerInvariant();
    }
}
