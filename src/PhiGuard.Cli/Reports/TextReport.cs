using System.Linq;
using System.Text;
using PhiGuard.Cli.Analysis;
using PhiGuard.Cli.Findings;

namespace PhiGuard.Cli.Reports
{
    /// <summary>
    /// The report for people: findings grouped by rule and then by file, each with the path the protected value
    /// took. Problems the scan met are not repeated here: they were written to stderr as they happened.
    /// </summary>
    internal static class TextReport
    {
        public static string Render(ScanResult result)
        {
            var text = new StringBuilder();
            foreach (var rule in result.Active.GroupBy(f => f.RuleId).OrderBy(g => g.Key, System.StringComparer.Ordinal))
            {
                var info = result.Rules.FirstOrDefault(r => r.Id == rule.Key);
                text.Append(rule.Key).Append(' ').Append(info?.Title ?? string.Empty).Append(" (").Append(ScanSummary.Count(rule.Count(), "finding")).AppendLine(")");
                foreach (var file in rule.GroupBy(f => f.Location.Path))
                {
                    text.Append("  ").AppendLine(file.Key);
                    foreach (var finding in file)
                    {
                        text.Append("    ").Append(finding.Location.Line).Append(':').Append(finding.Location.Column).Append(' ')
                            .Append(finding.Level.Name()).Append(": ").AppendLine(finding.Message);
                        if (finding.Flow.Count > 0)
                        {
                            text.Append("      flow: ").AppendLine(string.Join(" -> ", finding.Flow.Select(step => Step(step, finding.Location))));
                        }
                    }
                }

                text.AppendLine();
            }

            var suppressed = result.Findings.Where(f => f.IsSuppressed).ToList();
            if (suppressed.Count > 0)
            {
                text.Append("Suppressed (").Append(suppressed.Count).AppendLine(")");
                foreach (var finding in suppressed)
                {
                    text.Append("  ").Append(finding.RuleId).Append(' ').Append(finding.Location).Append(' ').AppendLine(ScanSummary.Describe(finding.Suppression!));
                }

                text.AppendLine();
            }

            text.Append("PhiGuard: ").AppendLine(ScanSummary.Of(result));
            return text.ToString();
        }

        private static string Step(SourceRange step, SourceRange finding) =>
            (step.Path == finding.Path ? string.Empty : step.Path + ":") + step.Line + ":" + step.Column;
    }
}
