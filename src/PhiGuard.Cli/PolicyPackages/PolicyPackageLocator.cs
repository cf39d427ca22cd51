using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PhiGuard.Cli.Analysis.NoBuild;
using PhiGuard.Policy;

namespace PhiGuard.Cli.PolicyPackages
{
    /// <summary>
    /// Finds the <c>phiguard/</c> folder of a policy package (<c>extends: ["package:&lt;id&gt;"]</c>) on the disk, at the
    /// version a build would use: the first set of projects that references the package decides. With no project
    /// to ask (a policy validated on its own), the newest version in the NuGet packages folder is used.
    /// </summary>
    internal sealed class PolicyPackageLocator
    {
        private readonly IReadOnlyList<PackageReferences> _contexts;
        private readonly string _packagesFolder;
        private readonly bool _newestWhenUnreferenced;
        private readonly Dictionary<string, string> _problems = new(StringComparer.OrdinalIgnoreCase);

        public PolicyPackageLocator(IReadOnlyList<PackageReferences> contexts, string packagesFolder, bool newestWhenUnreferenced)
        {
            _contexts = contexts;
            _packagesFolder = packagesFolder;
            _newestWhenUnreferenced = newestWhenUnreferenced;
        }

        /// <summary>The package's <c>phiguard/</c> folder, or null; then <see cref="ProblemWith"/> says why and what to do.</summary>
        public string? FolderOf(string id)
        {
            var context = _contexts.FirstOrDefault(c => c.References(id));
            if (context is null)
            {
                return _newestWhenUnreferenced ? Newest(id) : Fail(id, "the project does not reference it; add <PackageReference Include=\"" + id + "\" Version=\"...\" PrivateAssets=\"all\" /> and run 'dotnet restore'");
            }

            var versions = context.Find(id);
            if (versions.Count == 0)
            {
                return Fail(id, "the project references it without a version PhiGuard can read; run 'dotnet restore' so its obj/project.assets.json names the version");
            }

            if (versions.Count > 1)
            {
                return Fail(id, "the projects reference different versions (" + string.Join(", ", versions.Select(v => v.Version + " in " + v.Source)) + "); reference one version, or pass the policy of one project");
            }

            return Check(id, versions[0].Version, versions[0].Folder);
        }

        public string ProblemWith(string id) => _problems.TryGetValue(id, out var problem) ? problem : "check the package id";

        private string? Newest(string id)
        {
            var packageFolder = Path.Combine(_packagesFolder, id.ToLowerInvariant());
            var newest = Directory.Exists(packageFolder) ? VersionFolders.Newest(packageFolder) : null;
            return newest is null
                ? Fail(id, "it is not in the NuGet packages folder " + _packagesFolder + "; add <PackageReference Include=\"" + id + "\" Version=\"...\" PrivateAssets=\"all\" /> to the project and run 'dotnet restore'")
                : Check(id, Path.GetFileName(newest), newest);
        }

        private string? Check(string id, string version, string versionFolder)
        {
            var folder = Path.Combine(versionFolder, PackagePolicyPaths.Folder);
            if (File.Exists(Path.Combine(folder, PackagePolicyPaths.PolicyFileName)))
            {
                return folder;
            }

            return Directory.Exists(versionFolder)
                ? Fail(id, "version " + version + " (" + versionFolder + ") is not a policy package: it has no phiguard/policy.json; check the package id, or make the package with 'phiguard policy pack'")
                : Fail(id, "version " + version + " is not in the packages folder (" + versionFolder + "); run 'dotnet restore'");
        }

        private string? Fail(string id, string problem)
        {
            _problems[id] = problem;
            return null;
        }
    }
}
