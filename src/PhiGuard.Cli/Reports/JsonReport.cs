using System.Linq;
using System.Text.Json.Nodes;
using PhiGuard.Cli.Analysis;
using PhiGuard.Cli.Findings;

namespace PhiGuard.Cli.Reports
{
    /// <summary>PhiGuard's own JSON: a flat list of findings with everything the other formats show, for scripts and dashboards.</summary>
    internal static class JsonReport
    {
        public static string Render(ScanResult result, int exitCode) => JsonText.Serialize(new JsonObject
        {
            ["version"] = 1,
            ["tool"] = new JsonObject { ["name"] = "PhiGuard", ["version"] = result.ToolVersion },
            ["target"] = result.Target,
            ["root"] = result.Root.Directory,
            ["exitCode"] = exitCode,
            ["summary"] = new JsonObject
            {
                ["findings"] = result.Active.Count(),
                ["errors"] = result.Active.Count(f => f.Level == FindingLevel.Error),
                ["warnings"] = result.Active.Count(f => f.Level == FindingLevel.Warning),
                ["notes"] = result.Active.Count(f => f.Level == FindingLevel.Note),
                ["suppressed"] = result.Findings.Count(f => f.IsSuppressed),
                ["projects"] = result.Units.Count,
                ["files"] = result.Files,
                ["lines"] = result.Lines,
                ["seconds"] = System.Math.Round(result.Duration.TotalSeconds, 3),
                ["complete"] = !result.Incomplete,
            },
            ["projects"] = JsonText.Array(result.Units.Select(u => (JsonNode)new JsonObject
            {
                ["name"] = u.Name,
                ["directory"] = u.Directory,
                ["files"] = u.Files,
                ["lines"] = u.Lines,
                ["policy"] = u.PolicyPath,
                ["policyOrigin"] = u.PolicyOrigin,
            })),
            ["rules"] = JsonText.Array(result.Rules.Select(r => (JsonNode)new JsonObject
            {
                ["id"] = r.Id,
                ["name"] = r.Name,
                ["title"] = r.Title,
                ["defaultLevel"] = FindingLevels.From(r.Descriptor.DefaultSeverity).Name(),
                ["helpUri"] = r.HelpLink,
            })),
            ["findings"] = JsonText.Array(result.Findings.Select(Finding)),
            ["notifications"] = JsonText.Array(result.Notifications.Select(n => (JsonNode)new JsonObject
            {
                ["level"] = n.IsError ? "error" : "warning",
                ["message"] = n.Message,
            })),
        });

        private static JsonNode Finding(Finding finding) => new JsonObject
        {
            ["rule"] = finding.RuleId,
            ["level"] = finding.Level.Name(),
            ["message"] = finding.Message,
            ["file"] = finding.Location.Path,
            ["line"] = finding.Location.Line,
            ["column"] = finding.Location.Column,
            ["endLine"] = finding.Location.EndLine,
            ["endColumn"] = finding.Location.EndColumn,
            ["project"] = finding.Project,
            ["member"] = finding.Member,
            ["subject"] = finding.Subject,
            ["policyEntry"] = finding.Selector,
            ["sink"] = finding.Sink,
            ["fingerprint"] = finding.Fingerprint,
            ["suppressed"] = finding.Suppression is null ? null : new JsonObject
            {
                ["by"] = finding.Suppression.Source.ToString().ToLowerInvariant(),
                ["justification"] = finding.Suppression.Justification,
            },
            ["flow"] = JsonText.Array(finding.Flow.Select(step => (JsonNode)new JsonObject
            {
                ["file"] = step.Path,
                ["line"] = step.Line,
                ["column"] = step.Column,
            })),
        };
    }
}
