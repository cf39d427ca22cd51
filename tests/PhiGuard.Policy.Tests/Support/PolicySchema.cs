using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace PhiGuard.Policy.Tests.Support
{
    /// <summary>The repository's <c>policies/phiguard.schema.json</c>, as a validator and as plain JSON.</summary>
    internal static class PolicySchema
    {
        private static readonly Lazy<JsonSchema> Validator =
            new Lazy<JsonSchema>(() => JsonSchema.FromJsonAsync(File.ReadAllText(Repository.SchemaPath), Repository.SchemaPath).GetAwaiter().GetResult());

        private static readonly Lazy<JObject> Document = new Lazy<JObject>(() => JObject.Parse(File.ReadAllText(Repository.SchemaPath)));

        public static JObject Json => Document.Value;

        /// <summary>What the schema finds wrong with <paramref name="policyJson"/>; empty when it is valid.</summary>
        public static IReadOnlyList<string> Validate(string policyJson) =>
            Validator.Value.Validate(policyJson).Select(error => error.ToString()).ToList();

        /// <summary>The strings of an <c>enum</c> at <paramref name="path"/> (a JSONPath into the schema).</summary>
        public static IReadOnlyList<string> EnumAt(string path) =>
            Json.SelectToken(path + ".enum")!.Values<string>().Select(value => value!).ToList();

        /// <summary>Every key the schema declares, at any depth, with its subschema.</summary>
        public static IEnumerable<JProperty> AllKeys() =>
            Json.Descendants()
                .OfType<JProperty>()
                .Where(p => p.Name == "properties" && p.Value is JObject)
                .SelectMany(p => ((JObject)p.Value).Properties());

        /// <summary>The keys of the <c>properties</c> at <paramref name="path"/> (a JSONPath into the schema).</summary>
        public static IReadOnlyList<string> PropertiesAt(string path) =>
            ((JObject)Json.SelectToken(path + ".properties")!).Properties().Select(p => p.Name).ToList();
    }
}
