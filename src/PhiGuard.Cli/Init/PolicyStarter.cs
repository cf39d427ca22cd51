using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using PhiGuard.Analyzers.Configuration;
using PhiGuard.Cli.Reports;
using PhiGuard.Policy;

namespace PhiGuard.Cli.Init
{
    /// <summary>The starter policy <c>phiguard init</c> writes, and the built-in pack it extends.</summary>
    internal static class PolicyStarter
    {
        public const string SchemaUri = "https://raw.githubusercontent.com/phiguard/phiguard/main/policies/phiguard.schema.json";

        /// <summary>
        /// The built-in pack whose <c>name</c> entries match the most member names in the code base; the default pack
        /// (<c>hipaa-safe-harbor</c>) when none matches more.
        /// </summary>
        public static string ChoosePack(IReadOnlySet<string> memberNames)
        {
            var best = PolicyDiscovery.DefaultBuiltin;
            var bestScore = Score(best, memberNames);
            foreach (var pack in BuiltinPolicies.Names.Where(p => p != PolicyDiscovery.DefaultBuiltin))
            {
                var score = Score(pack, memberNames);
                if (score > bestScore)
                {
                    (best, bestScore) = (pack, score);
                }
            }

            return best;
        }

        public static string Render(string name, string pack) => JsonText.Serialize(new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = 1,
            ["name"] = name,
            ["extends"] = new JsonArray(PolicyReference.BuiltinPrefix + pack),
            ["protected"] = new JsonArray(),
            ["unprotected"] = new JsonArray(),
            ["sanitizers"] = new JsonArray(),
        });

        public static string Entry(PhiSuggestion suggestion) =>
            new JsonObject { ["type"] = suggestion.TypeName, ["members"] = JsonText.Array(suggestion.Members.Select(m => (JsonNode?)m)) }.ToJsonString();

        private static int Score(string pack, IReadOnlySet<string> memberNames)
        {
            var policy = PolicyLoader.LoadBuiltin(pack).Policy;
            var globs = policy?.Protected.Where(s => s.Kind == SelectorKind.Name).Select(s => s.Pattern).ToList() ?? new List<string>();
            return memberNames.Count(name => globs.Any(glob => Glob.IsMatch(glob, name)));
        }
    }
}
