using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using PhiGuard.Cli.Reports;

namespace PhiGuard.Cli.PolicyDiff
{
    /// <summary>A policy diff as text for a terminal, Markdown for a pull request comment, or JSON for tools.</summary>
    internal static class PolicyDiffReports
    {
        public static string Text(PolicyDiffResult diff)
        {
            var text = new StringBuilder();
            text.Append("PhiGuard policy diff: ").Append(diff.BasePolicy).Append(" -> ").Append(diff.HeadPolicy).Append(" on ").AppendLine(diff.Target);
            Section(text, "findings added", diff.Added, f => "+ " + f.RuleId + " " + f.File + ":" + f.Line + ": " + f.Message);
            Section(text, "findings removed", diff.Removed, f => "- " + f.RuleId + " " + f.File + ":" + f.Line + ": " + f.Message);
            Section(text, "newly protected", diff.Protected, name => "+ " + name);
            Section(text, "no longer protected", diff.Unprotected, name => "- " + name);
            Section(text, "exemptions added", diff.ExemptionsAdded, e => "+ " + Describe(e));
            Section(text, "exemptions removed", diff.ExemptionsRemoved, e => "- " + Describe(e));
            Section(text, "approved sinks added", diff.ApprovedSinksAdded, e => "+ " + Describe(e));
            Section(text, "approved sinks removed", diff.ApprovedSinksRemoved, e => "- " + Describe(e));
            Section(text, "exemptions and approved sinks expiring within " + PolicyDiffResult.ExpiryWindowDays + " days", diff.Expiring, e => "! " + Describe(e));
            foreach (var notification in diff.Notifications)
            {
                text.Append("note: ").AppendLine(notification.Message);
            }

            text.AppendLine(Summary(diff));
            return text.ToString();
        }

        public static string Markdown(PolicyDiffResult diff)
        {
            var text = new StringBuilder();
            text.AppendLine("## PhiGuard: what this policy change does").AppendLine();
            text.Append("`").Append(MarkdownReport.Escape(diff.BasePolicy)).Append("` → `").Append(MarkdownReport.Escape(diff.HeadPolicy)).AppendLine("`").AppendLine();
            text.AppendLine("| | |").AppendLine("|---|---|");
            foreach (var (label, count) in Counts(diff))
            {
                text.Append("| ").Append(label).Append(" | ").Append(count).AppendLine(" |");
            }

            text.AppendLine();
            Table(text, "Findings added", "| Rule | Location | Finding |", diff.Added, f => "| " + f.RuleId + " | `" + f.File + ":" + f.Line + "` | " + MarkdownReport.Escape(f.Message) + " |");
            Table(text, "Findings removed", "| Rule | Location | Finding |", diff.Removed, f => "| " + f.RuleId + " | `" + f.File + ":" + f.Line + "` | " + MarkdownReport.Escape(f.Message) + " |");
            Table(text, "Newly protected", "| Symbol |", diff.Protected, name => "| `" + name + "` |");
            Table(text, "No longer protected", "| Symbol |", diff.Unprotected, name => "| `" + name + "` |");
            Table(text, "Exemptions added", PermissionHeader, diff.ExemptionsAdded, PermissionRow);
            Table(text, "Exemptions removed", PermissionHeader, diff.ExemptionsRemoved, PermissionRow);
            Table(text, "Approved sinks added", PermissionHeader, diff.ApprovedSinksAdded, PermissionRow);
            Table(text, "Approved sinks removed", PermissionHeader, diff.ApprovedSinksRemoved, PermissionRow);
            Table(text, "Exemptions and approved sinks expiring within " + PolicyDiffResult.ExpiryWindowDays + " days", PermissionHeader, diff.Expiring, PermissionRow);
            foreach (var notification in diff.Notifications)
            {
                text.Append("> **Note:** ").AppendLine(MarkdownReport.Escape(notification.Message)).AppendLine();
            }

            return text.ToString();
        }

        public static string Json(PolicyDiffResult diff) => JsonText.Serialize(new JsonObject
        {
            ["base"] = diff.BasePolicy,
            ["head"] = diff.HeadPolicy,
            ["target"] = diff.Target,
            ["added"] = JsonText.Array(diff.Added.Select(FindingJson)),
            ["removed"] = JsonText.Array(diff.Removed.Select(FindingJson)),
            ["protected"] = JsonText.Array(diff.Protected.Select(name => (JsonNode)JsonValue.Create(name))),
            ["unprotected"] = JsonText.Array(diff.Unprotected.Select(name => (JsonNode)JsonValue.Create(name))),
            ["exemptionsAdded"] = JsonText.Array(diff.ExemptionsAdded.Select(PermissionJson)),
            ["exemptionsRemoved"] = JsonText.Array(diff.ExemptionsRemoved.Select(PermissionJson)),
            ["approvedSinksAdded"] = JsonText.Array(diff.ApprovedSinksAdded.Select(PermissionJson)),
            ["approvedSinksRemoved"] = JsonText.Array(diff.ApprovedSinksRemoved.Select(PermissionJson)),
            ["expiring"] = JsonText.Array(diff.Expiring.Select(PermissionJson)),
        });

        private const string PermissionHeader = "| Kind | Rules | Scope or sink | Expires | Approved by | Justification | Policy entry |";

        private static string PermissionRow(Permission e) =>
            "| " + e.Kind + " | " + e.RulesText + " | `" + e.Target + "` | " + e.ExpiresText + " | " + MarkdownReport.Escape(e.ApprovedBy ?? "—") + " | " + MarkdownReport.Escape(e.Justification) + " | `" + e.At + "` |";

        private static string Describe(Permission e) =>
            (e.Kind == Permission.ExemptionKind ? e.RulesText + " in " + e.Target : "approved sink " + e.Target + " for " + e.RulesText)
            + " until " + e.ExpiresText + (e.ApprovedBy is null ? string.Empty : ", approved by " + e.ApprovedBy) + " (" + e.At + "): " + e.Justification;

        private static JsonNode FindingJson(FindingChange f) => new JsonObject
        {
            ["ruleId"] = f.RuleId,
            ["file"] = f.File,
            ["line"] = f.Line,
            ["message"] = f.Message,
        };

        private static JsonNode PermissionJson(Permission e)
        {
            var json = new JsonObject { ["kind"] = e.Kind };
            if (e.Kind == Permission.ExemptionKind)
            {
                json["rule"] = e.Rules[0];
                json["scope"] = e.Target;
            }
            else
            {
                json["rules"] = JsonText.Array(e.Rules.Select(rule => (JsonNode)JsonValue.Create(rule)));
                json["sink"] = e.Target;
            }

            json["expires"] = e.ExpiresText;
            json["justification"] = e.Justification;
            json["approvedBy"] = e.ApprovedBy;
            json["ticket"] = e.Ticket;
            json["at"] = e.At;
            return json;
        }

        private static IEnumerable<(string Label, int Count)> Counts(PolicyDiffResult diff) => new[]
        {
            ("Findings added", diff.Added.Count),
            ("Findings removed", diff.Removed.Count),
            ("Newly protected symbols", diff.Protected.Count),
            ("No longer protected symbols", diff.Unprotected.Count),
            ("Exemptions added", diff.ExemptionsAdded.Count),
            ("Exemptions removed", diff.ExemptionsRemoved.Count),
            ("Approved sinks added", diff.ApprovedSinksAdded.Count),
            ("Approved sinks removed", diff.ApprovedSinksRemoved.Count),
            ("Exemptions and approved sinks expiring within " + PolicyDiffResult.ExpiryWindowDays + " days", diff.Expiring.Count),
        };

        private static string Summary(PolicyDiffResult diff) =>
            "PhiGuard: findings +" + diff.Added.Count + " -" + diff.Removed.Count
            + ", protected symbols +" + diff.Protected.Count + " -" + diff.Unprotected.Count
            + ", exemptions +" + diff.ExemptionsAdded.Count + " -" + diff.ExemptionsRemoved.Count
            + ", approved sinks +" + diff.ApprovedSinksAdded.Count + " -" + diff.ApprovedSinksRemoved.Count
            + ", " + diff.Expiring.Count + " expiring within " + PolicyDiffResult.ExpiryWindowDays + " days";

        private static void Section<T>(StringBuilder text, string title, IReadOnlyList<T> items, System.Func<T, string> line)
        {
            if (items.Count == 0)
            {
                return;
            }

            text.Append(title).Append(" (").Append(items.Count).AppendLine("):");
            foreach (var item in items)
            {
                text.Append("  ").AppendLine(line(item));
            }
        }

        private static void Table<T>(StringBuilder text, string title, string header, IReadOnlyList<T> items, System.Func<T, string> row)
        {
            if (items.Count == 0)
            {
                return;
            }

            text.Append("### ").Append(title).Append(" (").Append(items.Count).AppendLine(")").AppendLine();
            text.AppendLine(header).AppendLine(string.Concat(Enumerable.Repeat("|---", header.Count(c => c == '|') - 1)) + "|");
            foreach (var item in items)
            {
                text.AppendLine(row(item));
            }

            text.AppendLine();
        }
    }
}
