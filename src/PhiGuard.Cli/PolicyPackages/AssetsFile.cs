using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace PhiGuard.Cli.PolicyPackages
{
    /// <summary>
    /// What a restore recorded in <c>obj/project.assets.json</c>: the version of each package it resolved and the
    /// packages folders it put them in.
    /// </summary>
    internal sealed class AssetsFile
    {
        private readonly Dictionary<string, (string Version, string Path)> _packages;

        private AssetsFile(string path, IReadOnlyList<string> packageFolders, Dictionary<string, (string Version, string Path)> packages)
        {
            FilePath = path;
            PackageFolders = packageFolders;
            _packages = packages;
        }

        public string FilePath { get; }

        public IReadOnlyList<string> PackageFolders { get; }

        /// <summary>The assets file of a project in <paramref name="projectDirectory"/> (its <c>obj/</c>), or null when it has not been restored or the file is unreadable.</summary>
        public static AssetsFile? In(string projectDirectory) => Read(Path.Combine(projectDirectory, "obj", "project.assets.json"));

        public static AssetsFile? Read(string path)
        {
            try
            {
                using var stream = File.OpenRead(path);
                using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 64 });
                var root = document.RootElement;
                var folders = root.TryGetProperty("packageFolders", out var f) && f.ValueKind == JsonValueKind.Object
                    ? f.EnumerateObject().Select(p => p.Name).ToList()
                    : new List<string>();
                var packages = new Dictionary<string, (string, string)>(StringComparer.OrdinalIgnoreCase);
                if (root.TryGetProperty("libraries", out var libraries) && libraries.ValueKind == JsonValueKind.Object)
                {
                    foreach (var library in libraries.EnumerateObject())
                    {
                        var slash = library.Name.IndexOf('/');
                        if (slash <= 0 || library.Value.ValueKind != JsonValueKind.Object
                            || !library.Value.TryGetProperty("type", out var type) || type.GetString() != "package")
                        {
                            continue;
                        }

                        var version = library.Name[(slash + 1)..];
                        var relative = library.Value.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString()! : library.Name.ToLowerInvariant();
                        packages[library.Name[..slash]] = (version, relative);
                    }
                }

                return new AssetsFile(path, folders, packages);
            }
            catch (Exception e) when (e is JsonException || FileErrors.IsFileError(e))
            {
                return null;
            }
        }

        public bool TryGetPackage(string id, out string version, out string relativePath)
        {
            var found = _packages.TryGetValue(id, out var package);
            (version, relativePath) = found ? package : (string.Empty, string.Empty);
            return found;
        }
    }
}
