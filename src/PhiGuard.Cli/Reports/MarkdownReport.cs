using System.Linq;
using System.Text;
using PhiGuard.Cli.Analysis;
using PhiGuard.Cli.Findings;

namespace PhiGuard.Cli.Reports
{
    /// <summary>A report for pull request comments and CI job summaries: a table per rule, suppressed findings folded away.</summary>
    internal static class MarkdownReport
    {
        public static string Render(ScanResult result)
        {
            var text = new StringBuilder();
            text.Append("## PhiGuard: ").AppendLine(Escape(ScanSummary.Of(result))).AppendLine();
            foreach (var rule in result.Active.GroupBy(f => f.RuleId).OrderBy(g => g.Key, System.StringComparer.Ordinal))
            {
                var info = result.Rules.FirstOrDefault(r => r.Id == rule.Key);
                text.Append("### ").Append(info is null ? rule.Key : "[" + rule.Key + "](" + info.HelpLink + ") " + Escape(info.Title)).AppendLine().AppendLine();
                Table(text, rule);
            }

            var suppressed = result.Findings.Where(f => f.IsSuppressed).ToList();
            if (suppressed.Count > 0)
            {
                text.Append("<details><summary>").Append(ScanSummary.Count(suppressed.Count, "suppressed finding")).AppendLine("</summary>").AppendLine();
                text.AppendLine("| Rule | Location | Suppressed by |").AppendLine("|---|---|---|");
                foreach (var finding in suppressed)
                {
                    text.Append("| ").Append(finding.RuleId).Append(" | `").Append(finding.Location).Append("` | ").Append(Escape(ScanSummary.Describe(finding.Suppression!))).AppendLine(" |");
                }

                text.AppendLine().AppendLine("</details>").AppendLine();
            }

            foreach (var notification in result.Notifications)
            {
                text.Append("> **").Append(notification.IsError ? "Error" : "Warning").Append(":** ").AppendLine(Escape(notification.Message)).AppendLine();
            }

            return text.ToString();
        }

        private static void Table(StringBuilder text, System.Collections.Generic.IEnumerable<Finding> findings)
        {
            text.AppendLine("| Severity | Location | Finding |").AppendLine("|---|---|---|");
            foreach (var finding in findings)
            {
                text.Append("| ").Append(finding.Level.Name()).Append(" | `").Append(finding.Location).Append("` | ").Append(Escape(finding.Message)).AppendLine(" |");
            }

            text.AppendLine();
        }

        /// <summary>Keeps a message from breaking the table or being read as markup.</summary>
        internal static string Escape(string text) =>
            text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("<", "&lt;").Replace(">", "&gt;").Replace("*", "\\*").Replace("_", "\\_").Replace("\r", " ").Replace("\n", " ");
    }
}
