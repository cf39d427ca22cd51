using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using PhiGuard.Analyzers.Diagnostics;
using PhiGuard.Cli.Findings;
using PhiGuard.Cli.Reports;

namespace PhiGuard.Cli.Inventory
{
    /// <summary>
    /// The data map as JSON: the protected symbols, each flow of protected data into a sink, the approved sinks of the
    /// policy (with how many flows each approves), the approved flows, and the exemptions the code base relies on.
    /// <c>inventory merge</c> reads these files from many repositories, and only this <see cref="Version"/>.
    /// </summary>
    internal static class InventoryJson
    {
        /// <summary>The format version; 2 added <c>repository</c>, <c>exemptions</c>, <c>approvedSinks</c> and <c>approvedFlows</c>.</summary>
        public const int Version = 2;

        public const string ToolName = "PhiGuard";

        public static JsonObject Build(InventoryModel model)
        {
            var rules = model.Scan.Rules.ToDictionary(r => r.Id, r => r.Title);
            return new JsonObject
            {
                ["version"] = Version,
                ["tool"] = new JsonObject { ["name"] = ToolName, ["version"] = model.Scan.ToolVersion },
                ["repository"] = model.Repository,
                ["target"] = model.Scan.Target,
                ["summary"] = new JsonObject
                {
                    ["protectedTypes"] = model.Symbols.Count(s => s.Kind == "type"),
                    ["protectedMembers"] = model.Symbols.Count(s => s.Kind == "member"),
                    ["flows"] = model.Flows.Count(),
                    ["exemptions"] = model.Exemptions.Count,
                    ["approvedFlows"] = model.ApprovedFlows.Count(),
                    ["projects"] = model.Scan.Units.Count,
                    ["files"] = model.Scan.Files,
                    ["lines"] = model.Scan.Lines,
                },
                ["symbols"] = JsonText.Array(model.Symbols.Select(s => (JsonNode)new JsonObject
                {
                    ["kind"] = s.Kind,
                    ["name"] = s.Name,
                    ["display"] = s.Display,
                    ["protectedBy"] = s.Entry,
                    ["entryAt"] = s.EntryLocation,
                    ["declaredAt"] = s.DeclaredAt,
                    ["project"] = s.Project,
                })),
                ["flows"] = JsonText.Array(model.Flows.Select(f => (JsonNode)Flow(f, rules))),
                ["approvedSinks"] = JsonText.Array(model.ApprovedSinks.Select(a => (JsonNode)new JsonObject
                {
                    ["sink"] = a.Sink,
                    ["rules"] = JsonText.Array(a.Rules.Select(rule => (JsonNode)JsonValue.Create(rule)!)),
                    ["justification"] = a.Justification,
                    ["approvedBy"] = a.ApprovedBy,
                    ["ticket"] = a.Ticket,
                    ["expires"] = a.Expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["entryAt"] = a.Position.Path + ":" + a.Position.Line,
                    ["flows"] = model.ApprovedFlows.Count(f => f.Suppression!.Justification == ApprovedSinkSuppressions.JustificationOf(a)),
                })),
                ["approvedFlows"] = JsonText.Array(model.ApprovedFlows.Select(f =>
                {
                    var flow = Flow(f, rules);
                    flow["approval"] = f.Suppression!.Justification;
                    return (JsonNode)flow;
                })),
                ["exemptions"] = JsonText.Array(model.Exemptions.Select(e => (JsonNode)new JsonObject
                {
                    ["rule"] = e.Rule,
                    ["scope"] = e.Scope,
                    ["justification"] = e.Justification,
                    ["expires"] = e.Expires,
                    ["approvedBy"] = e.ApprovedBy,
                    ["ticket"] = e.Ticket,
                    ["at"] = e.At,
                })),
            };
        }

        private static JsonObject Flow(Finding f, IReadOnlyDictionary<string, string> rules) => new()
        {
            ["subject"] = f.Subject,
            ["rule"] = f.RuleId,
            ["reaches"] = rules.TryGetValue(f.RuleId, out var title) ? title : f.RuleId,
            ["sink"] = f.Sink,
            ["at"] = f.Location.Path + ":" + f.Location.Line,
            ["member"] = f.Member,
            ["project"] = f.Project,
            ["protectedBy"] = f.Selector,
        };

        public static string Render(InventoryModel model) => JsonText.Serialize(Build(model));
    }
}
