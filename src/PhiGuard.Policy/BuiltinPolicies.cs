using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PhiGuard.Policy
{
    /// <summary>The policy packs that ship inside PhiGuard, named <c>builtin:&lt;name&gt;</c> in <c>extends</c>.</summary>
    public static class BuiltinPolicies
    {
        private const string ResourcePrefix = "PhiGuard.Policies.";
        private const string ResourceSuffix = ".json";

        private static readonly Dictionary<string, string> Texts = LoadAll();

        public static IReadOnlyCollection<string> Names => Texts.Keys.OrderBy(name => name, System.StringComparer.Ordinal).ToList();

        public static bool TryGetText(string name, out string text) => Texts.TryGetValue(name, out text!);

        /// <summary>The path a built-in pack's positions are reported against.</summary>
        public static string PathOf(string name) => PolicyReference.BuiltinPrefix + name;

        private static Dictionary<string, string> LoadAll()
        {
            var assembly = typeof(BuiltinPolicies).Assembly;
            var texts = new Dictionary<string, string>(System.StringComparer.Ordinal);
            foreach (var resource in assembly.GetManifestResourceNames())
            {
                if (!resource.StartsWith(ResourcePrefix, System.StringComparison.Ordinal) || !resource.EndsWith(ResourceSuffix, System.StringComparison.Ordinal))
                {
                    continue;
                }

                using var stream = assembly.GetManifestResourceStream(resource)!;
                using var reader = new StreamReader(stream);
                var name = resource.Substring(ResourcePrefix.Length, resource.Length - ResourcePrefix.Length - ResourceSuffix.Length);
                texts[name] = reader.ReadToEnd();
            }

            return texts;
        }
    }
}
