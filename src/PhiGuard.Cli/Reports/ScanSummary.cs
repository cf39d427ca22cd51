using System.Globalization;
using System.Linq;
using PhiGuard.Cli.Analysis;
using PhiGuard.Cli.Findings;

namespace PhiGuard.Cli.Reports
{
    /// <summary>The one-line account of a scan that ends every human-readable report.</summary>
    internal static class ScanSummary
    {
        public static string Of(ScanResult result)
        {
            var active = result.Active.ToList();
            var levels = active.GroupBy(f => f.Level).OrderByDescending(g => g.Key).Select(g => Count(g.Count(), g.Key.Name()));
            var findings = active.Count == 0 ? "no findings" : Count(active.Count, "finding") + " (" + string.Join(", ", levels) + ")";
            var suppressed = result.Findings.Count - active.Count;
            var units = result.Units.Count;
            return findings
                + (suppressed > 0 ? ", " + suppressed.ToString(CultureInfo.InvariantCulture) + " suppressed" : string.Empty)
                + "; " + Count(units, "project") + ", " + Count(result.Files, "file") + ", " + Count(result.Lines, "line")
                + " in " + result.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
        }

        public static string Count(long count, string noun, string? plural = null) =>
            count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : plural ?? noun + "s");

        public static string Describe(Suppression suppression) => suppression.Source switch
        {
            SuppressionSource.Pragma => "#pragma warning disable",
            SuppressionSource.SuppressMessage => "[SuppressMessage]" + (suppression.Justification is { Length: > 0 } j ? ": " + j : string.Empty),
            SuppressionSource.Exemption => "policy exemption" + (suppression.Justification is { Length: > 0 } j ? ": " + j : string.Empty),
            SuppressionSource.ApprovedSink => "approved sink" + (suppression.Justification is { Length: > 0 } j ? ": " + j : string.Empty),
            _ => "baseline",
        };
    }
}
