using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PhiGuard.Cli.Reports
{
    /// <summary>How every JSON file PhiGuard writes is formatted: indented, UTF-8 as is, ending with a newline.</summary>
    internal static class JsonText
    {
        private static readonly JsonSerializerOptions Options = new()
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        public static string Serialize(JsonNode node) => node.ToJsonString(Options) + "\n";

        /// <summary>An array of nodes, for collection expressions that build JSON.</summary>
        public static JsonArray Array(System.Collections.Generic.IEnumerable<JsonNode?> items) => new(System.Linq.Enumerable.ToArray(items));
    }
}
