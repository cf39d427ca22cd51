using System.Linq;
using System.Text.Json.Nodes;
using PhiGuard.Cli.Reports;

namespace PhiGuard.Cli.Inventory
{
    /// <summary>The data map as JSON: the protected symbols, and each flow of protected data into a sink.</summary>
    internal static class InventoryJson
    {
        public static JsonObject Build(InventoryModel model)
        {
            var rules = model.Scan.Rules.ToDictionary(r => r.Id, r => r.Title);
            return new JsonObject
            {
                ["version"] = 1,
                ["tool"] = new JsonObject { ["name"] = "PhiGuard", ["version"] = model.Scan.ToolVersion },
                ["target"] = model.Scan.Target,
                ["summary"] = new JsonObject
                {
                    ["protectedTypes"] = model.Symbols.Count(s => s.Kind == "type"),
                    ["protectedMembers"] = model.Symbols.Count(s => s.Kind == "member"),
                    ["flows"] = model.Flows.Count(),
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
                ["flows"] = JsonText.Array(model.Flows.Select(f => (JsonNode)new JsonObject
                {
                    ["subject"] = f.Subject,
                    ["rule"] = f.RuleId,
                    ["reaches"] = rules.TryGetValue(f.RuleId, out var title) ? title : f.RuleId,
                    ["sink"] = f.Sink,
                    ["at"] = f.Location.Path + ":" + f.Location.Line,
                    ["member"] = f.Member,
                    ["project"] = f.Project,
                    ["protectedBy"] = f.Selector,
                })),
            };
        }

        public static string Render(InventoryModel model) => JsonText.Serialize(Build(model));
    }
}
