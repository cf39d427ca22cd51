using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace PhiGuard.Cli.Analysis.NoBuild
{
    /// <summary>
    /// Resolves package references from the NuGet global packages folder, when a previous restore left them there:
    /// the reference (or library) assemblies of the package and of its dependencies. Nothing is downloaded; a
    /// package that is not in the folder stays unresolved, which a scan without a build tolerates.
    /// </summary>
    internal sealed class PackageCache
    {
        private readonly string? _root;
        private readonly Dictionary<string, IReadOnlyList<string>> _resolved = new(StringComparer.OrdinalIgnoreCase);

        public PackageCache(string? root)
        {
            _root = root is not null && Directory.Exists(root) ? root : null;
        }

        public static PackageCache ForCurrentUser() => new(PolicyPackages.NuGetPackagesFolder.ForCurrentUser());

        /// <summary>The assemblies to compile against for these package references and what they depend on.</summary>
        public IReadOnlyList<string> Assemblies(IReadOnlyDictionary<string, string?> packages)
        {
            var result = new List<string>();
            var visited = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var pending = new Queue<(string Id, string? Version)>(packages.Select(p => (p.Key, p.Value)));
            while (pending.Count > 0)
            {
                var (id, version) = pending.Dequeue();
                if (_root is null || !visited.Add(id))
                {
                    continue;
                }

                var folder = VersionFolder(id, version);
                if (folder is null)
                {
                    continue;
                }

                result.AddRange(AssembliesIn(folder));
                foreach (var dependency in Dependencies(folder, id))
                {
                    pending.Enqueue(dependency);
                }
            }

            return result;
        }

        private string? VersionFolder(string id, string? requested)
        {
            var packageFolder = Path.Combine(_root!, id.ToLowerInvariant());
            if (!Directory.Exists(packageFolder))
            {
                return null;
            }

            var wanted = Clean(requested);
            if (wanted is not null && Directory.Exists(Path.Combine(packageFolder, wanted)))
            {
                return Path.Combine(packageFolder, wanted);
            }

            return VersionFolders.Newest(packageFolder);
        }

        private IReadOnlyList<string> AssembliesIn(string versionFolder)
        {
            if (_resolved.TryGetValue(versionFolder, out var known))
            {
                return known;
            }

            IReadOnlyList<string> assemblies = Array.Empty<string>();
            foreach (var kind in new[] { "ref", "lib" })
            {
                var kindFolder = Path.Combine(versionFolder, kind);
                if (!Directory.Exists(kindFolder))
                {
                    continue;
                }

                var best = TargetFrameworks.Best(Directory.GetDirectories(kindFolder).Select(Path.GetFileName)!);
                if (best is not null)
                {
                    assemblies = Directory.GetFiles(Path.Combine(kindFolder, best), "*.dll");
                    break;
                }
            }

            _resolved[versionFolder] = assemblies;
            return assemblies;
        }

        private static IEnumerable<(string Id, string? Version)> Dependencies(string versionFolder, string id)
        {
            var nuspec = Path.Combine(versionFolder, id.ToLowerInvariant() + ".nuspec");
            XDocument document;
            try
            {
                document = XDocument.Load(nuspec);
            }
            catch (Exception e) when (e is XmlException || FileErrors.IsFileError(e))
            {
                yield break;
            }

            var groups = document.Descendants().Where(e => e.Name.LocalName == "group").ToList();
            var best = TargetFrameworks.Best(groups.Select(FrameworkOf));
            var chosen = groups.FirstOrDefault(g => FrameworkOf(g) == best);
            var dependencies = chosen?.Elements() ?? document.Descendants().Where(e => e.Name.LocalName == "dependencies").Elements();
            foreach (var dependency in dependencies.Where(e => e.Name.LocalName == "dependency"))
            {
                var dependencyId = (string?)dependency.Attribute("id");
                if (dependencyId is not null)
                {
                    yield return (dependencyId, (string?)dependency.Attribute("version"));
                }
            }
        }

        private static string FrameworkOf(XElement group) => (string?)group.Attribute("targetFramework") ?? string.Empty;

        /// <summary>A version range or expression reduced to the version it names first: <c>[1.2.3, )</c> → <c>1.2.3</c>.</summary>
        private static string? Clean(string? version)
        {
            if (string.IsNullOrWhiteSpace(version) || version.Contains("$(", StringComparison.Ordinal) || version.Contains('*'))
            {
                return null;
            }

            return version.Trim().TrimStart('[', '(').Split(',')[0].Trim().TrimEnd(']', ')').ToLowerInvariant();
        }
    }
}
