using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PhiGuard.Policy.Tests.Support
{
    /// <summary>Files of the PhiGuard repository these tests run in, found from the test assembly upwards.</summary>
    internal static class Repository
    {
        public const string SchemaFileName = "phiguard.schema.json";

        private static readonly string[] BuildOutputFolders = { "bin", "obj", ".git", "artifacts", "TestResults" };

        public static string Root { get; } = FindRoot();

        public static string PoliciesFolder => Path.Combine(Root, "policies");

        public static string SchemaPath => Path.Combine(PoliciesFolder, SchemaFileName);

        public static string PolicyDocumentationPath => Path.Combine(Root, "docs", "policy.md");

        /// <summary>The built-in packs: every <c>policies/*.json</c> but the schema.</summary>
        public static IReadOnlyList<string> BuiltinPackFiles() =>
            Directory.GetFiles(PoliciesFolder, "*.json")
                .Where(path => !string.Equals(Path.GetFileName(path), SchemaFileName, StringComparison.OrdinalIgnoreCase))
                .OrderBy(path => path, StringComparer.Ordinal)
                .ToList();

        /// <summary>Every policy in the repository: the built-in packs, <c>samples/**/phiguard.json</c> and <c>**/*.phiguard.json</c>.</summary>
        public static IReadOnlyList<string> PolicyFiles() =>
            BuiltinPackFiles()
                .Concat(SourceFiles().Where(IsSampleOrNamedPolicy))
                .Distinct(StringComparer.Ordinal)
                .ToList();

        public static string RelativePath(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

        private static bool IsSampleOrNamedPolicy(string path)
        {
            var relative = RelativePath(path);
            var name = Path.GetFileName(path);
            return name.EndsWith(".phiguard.json", StringComparison.OrdinalIgnoreCase)
                || (relative.StartsWith("samples/", StringComparison.Ordinal) && name.Equals("phiguard.json", StringComparison.OrdinalIgnoreCase));
        }

        private static IEnumerable<string> SourceFiles()
        {
            var folders = new Stack<string>();
            folders.Push(Root);
            while (folders.Count > 0)
            {
                var folder = folders.Pop();
                foreach (var file in Directory.GetFiles(folder, "*.json"))
                {
                    yield return file;
                }

                foreach (var child in Directory.GetDirectories(folder).Where(child => !BuildOutputFolders.Contains(Path.GetFileName(child))))
                {
                    folders.Push(child);
                }
            }
        }

        private static string FindRoot()
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "PhiGuard.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException("PhiGuard.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
