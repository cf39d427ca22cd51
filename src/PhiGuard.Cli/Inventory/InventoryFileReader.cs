using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace PhiGuard.Cli.Inventory
{
    /// <summary>
    /// Reads an inventory JSON file written by <c>phiguard inventory --format json</c> of this format version, and
    /// nothing else: a file from another tool, of another version, or damaged is rejected with one line that says
    /// which file and what to do.
    /// </summary>
    internal static class InventoryFileReader
    {
        /// <summary>Larger than any real inventory; a file beyond it is not read into memory.</summary>
        private const long MaxBytes = 256L * 1024 * 1024;

        public static RepositoryInventory Read(string path)
        {
            JsonDocument document;
            try
            {
                if (new FileInfo(path).Length > MaxBytes)
                {
                    throw Problem(path, "is larger than " + (MaxBytes / 1024 / 1024) + " MB, which no inventory is; pass the JSON that 'phiguard inventory --format json' writes");
                }

                using var stream = File.OpenRead(path);
                document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 16 });
            }
            catch (Exception e) when (FileErrors.IsFileError(e))
            {
                throw Problem(path, "cannot be read: " + FileErrors.Describe(e) + "; check the path");
            }
            catch (JsonException e)
            {
                throw Problem(path, "is not JSON (line " + ((e.LineNumber ?? 0) + 1) + "); pass the JSON that 'phiguard inventory --format json' writes");
            }

            using (document)
            {
                var root = document.RootElement;
                var toolElement = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("tool", out var t) && t.ValueKind == JsonValueKind.Object ? t : default;
                var tool = toolElement.ValueKind == JsonValueKind.Object && toolElement.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                if (tool != InventoryJson.ToolName)
                {
                    throw Problem(path, "is not a PhiGuard inventory (" + (tool is null ? "no tool named" : "written by " + Quote(tool)) + "); pass the JSON that 'phiguard inventory --format json' writes");
                }

                var version = root.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var number) ? number : (int?)null;
                if (version != InventoryJson.Version)
                {
                    var age = version is null ? "of an unknown version" : version < InventoryJson.Version ? "of an older version (" + version + ")" : "of a newer version (" + version + ")";
                    throw Problem(path, "is a PhiGuard inventory " + age + "; this phiguard merges version " + InventoryJson.Version + ": run 'phiguard inventory --format json' of this version on that repository again");
                }

                var toolVersion = toolElement.TryGetProperty("version", out var tv) && tv.ValueKind == JsonValueKind.String ? tv.GetString()! : "unknown";
                return new RepositoryInventory(
                    path,
                    RequiredString(path, root, "repository", "the inventory"),
                    toolVersion,
                    Items(path, root, "symbols", (e, where) => new InventorySymbol(
                        RequiredString(path, e, "kind", where), RequiredString(path, e, "name", where), RequiredString(path, e, "protectedBy", where), RequiredString(path, e, "declaredAt", where), RequiredString(path, e, "project", where))),
                    Items(path, root, "flows", (e, where) => new InventoryFlow(
                        OptionalString(path, e, "subject", where) ?? string.Empty, RequiredString(path, e, "rule", where), RequiredString(path, e, "reaches", where), OptionalString(path, e, "sink", where) ?? string.Empty, RequiredString(path, e, "at", where), RequiredString(path, e, "project", where))),
                    Items(path, root, "exemptions", (e, where) => new ExemptionRecord(
                        RequiredString(path, e, "rule", where), RequiredString(path, e, "scope", where), RequiredString(path, e, "justification", where), Date(path, e, where),
                        OptionalString(path, e, "approvedBy", where), OptionalString(path, e, "ticket", where), RequiredString(path, e, "at", where))),
                    Items(path, root, "approvedSinks", (e, where) => new ApprovalRecord(
                        RequiredString(path, e, "sink", where), Strings(path, e, "rules", where), RequiredString(path, e, "justification", where), Date(path, e, where),
                        OptionalString(path, e, "approvedBy", where), OptionalString(path, e, "ticket", where), RequiredString(path, e, "entryAt", where), Count(path, e, "flows", where))),
                    Items(path, root, "approvedFlows", (_, _) => true).Count);
            }
        }

        private static List<T> Items<T>(string path, JsonElement root, string name, Func<JsonElement, string, T> read)
        {
            if (!root.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
            {
                throw Problem(path, "has no \"" + name + "\" array; it is damaged, or not the JSON that 'phiguard inventory --format json' writes");
            }

            return array.EnumerateArray().Select((item, index) =>
            {
                var where = name + "[" + index + "]";
                return item.ValueKind == JsonValueKind.Object ? read(item, where) : throw Problem(path, where + " is not an object; the file is damaged");
            }).ToList();
        }

        private static string RequiredString(string path, JsonElement element, string name, string where) =>
            OptionalString(path, element, name, where) ?? throw Problem(path, where + " has no \"" + name + "\"; the file is damaged");

        private static string? OptionalString(string path, JsonElement element, string name, string where)
        {
            if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            return value.ValueKind == JsonValueKind.String ? value.GetString() : throw Problem(path, where + "." + name + " is not a string; the file is damaged");
        }

        private static List<string> Strings(string path, JsonElement element, string name, string where)
        {
            if (!element.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
            {
                throw Problem(path, where + " has no \"" + name + "\" array; the file is damaged");
            }

            return array.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? item.GetString()! : throw Problem(path, where + "." + name + " holds something other than text; the file is damaged")).ToList();
        }

        private static int Count(string path, JsonElement element, string name, string where) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var count) && count >= 0
                ? count
                : throw Problem(path, where + "." + name + " is not a count; the file is damaged");

        private static string Date(string path, JsonElement element, string where)
        {
            var text = RequiredString(path, element, "expires", where);
            return DateTime.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
                ? text
                : throw Problem(path, where + ".expires is not a date (YYYY-MM-DD); the file is damaged");
        }

        private static string Quote(string text) => "\"" + (text.Length > 40 ? text[..40] + "..." : text).Replace('\n', ' ').Replace('\r', ' ') + "\"";

        private static InputException Problem(string path, string message) => new(path + " " + message);
    }
}
