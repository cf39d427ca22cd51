using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PhiGuard.Cli.Analysis.NoBuild;

namespace PhiGuard.Cli.PolicyPackages
{
    /// <summary>
    /// Which version of a package some projects reference, and where restore put it: from their
    /// <c>obj/project.assets.json</c> when they have been restored, else from the version their project files name
    /// (a scan without a build), in the NuGet packages folder.
    /// </summary>
    internal sealed class PackageReferences
    {
        // Read only when a policy extends a package: most policies do not, and assets files can be large.
        private readonly Lazy<IReadOnlyList<AssetsFile>> _assets;
        private readonly Lazy<IReadOnlyList<ProjectFile>> _projects;
        private readonly string _packagesFolder;

        private PackageReferences(Func<IReadOnlyList<AssetsFile>> assets, Func<IReadOnlyList<ProjectFile>> projects, string packagesFolder)
        {
            _assets = new Lazy<IReadOnlyList<AssetsFile>>(assets);
            _projects = new Lazy<IReadOnlyList<ProjectFile>>(projects);
            _packagesFolder = packagesFolder;
        }

        /// <summary>The project (or projects) in <paramref name="directory"/>.</summary>
        public static PackageReferences OfProjectIn(string directory, string packagesFolder) => new(
            () => AssetsFile.In(directory) is { } file ? new[] { file } : Array.Empty<AssetsFile>(),
            () => SafeFiles(directory, "*.csproj").Select(path => ProjectFile.Read(path, _ => { })).OfType<ProjectFile>().ToList(),
            packagesFolder);

        /// <summary>The restored projects in <paramref name="directory"/> and two levels of folders below it (<c>src/App/</c>), for a policy file that sits above them.</summary>
        public static PackageReferences OfProjectsBelow(string directory, string packagesFolder) => new(
            () =>
            {
                var directories = new List<string> { directory };
                var level = new List<string> { directory };
                for (var depth = 0; depth < 2; depth++)
                {
                    level = level.SelectMany(SubDirectories).ToList();
                    directories.AddRange(level);
                }

                return directories.Select(AssetsFile.In).OfType<AssetsFile>().ToList();
            },
            Array.Empty<ProjectFile>,
            packagesFolder);

        public bool References(string id) =>
            _assets.Value.Any(a => a.TryGetPackage(id, out _, out _)) || _projects.Value.Any(p => p.PackageReferences.ContainsKey(id));

        /// <summary>The version folders of <paramref name="id"/> these projects use, with the version and where it was named; one entry per distinct version.</summary>
        public IReadOnlyList<(string Version, string Folder, string Source)> Find(string id)
        {
            var found = new List<(string Version, string Folder, string Source)>();
            foreach (var assets in _assets.Value)
            {
                if (assets.TryGetPackage(id, out var version, out var relative))
                {
                    found.Add((version, FolderIn(assets, id, version, relative), assets.FilePath));
                }
            }

            if (found.Count == 0)
            {
                foreach (var project in _projects.Value)
                {
                    if (project.PackageReferences.TryGetValue(id, out var version) && !string.IsNullOrWhiteSpace(version) && !version.Contains("$(", StringComparison.Ordinal))
                    {
                        var exact = version.Trim().TrimStart('[').TrimEnd(']');
                        found.Add((exact, NuGetPackagesFolder.VersionFolder(_packagesFolder, id, exact), project.Path));
                    }
                }
            }

            return found.GroupBy(f => f.Version, StringComparer.OrdinalIgnoreCase).Select(g => g.First()).ToList();
        }

        private string FolderIn(AssetsFile assets, string id, string version, string relative)
        {
            foreach (var folder in assets.PackageFolders)
            {
                var candidate = Path.GetFullPath(Path.Combine(folder, relative));
                if (candidate.StartsWith(Path.GetFullPath(folder), StringComparison.Ordinal) && Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            return NuGetPackagesFolder.VersionFolder(assets.PackageFolders.Count > 0 ? assets.PackageFolders[0] : _packagesFolder, id, version);
        }

        private static IEnumerable<string> SubDirectories(string directory) =>
            SafeDirectories(directory).Where(d => Path.GetFileName(d) is var name && !name.StartsWith('.') && name is not ("bin" or "obj" or "node_modules"));

        private static string[] SafeDirectories(string directory)
        {
            try
            {
                return Directory.GetDirectories(directory);
            }
            catch (Exception e) when (FileErrors.IsFileError(e))
            {
                return Array.Empty<string>();
            }
        }

        private static string[] SafeFiles(string directory, string pattern)
        {
            try
            {
                return Directory.GetFiles(directory, pattern);
            }
            catch (Exception e) when (FileErrors.IsFileError(e))
            {
                return Array.Empty<string>();
            }
        }
    }
}
