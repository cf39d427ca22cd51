using System;
using System.Collections.Generic;
using System.IO;
using PhiGuard.Cli.PolicyPackages;
using PhiGuard.Policy;

namespace PhiGuard.Cli.Analysis
{
    /// <summary>
    /// Reads the files a policy extends from the disk, and the files of the policy packages it extends from the
    /// NuGet packages folder, and remembers which it read.
    /// </summary>
    internal sealed class FileSystemPolicySource : IPolicyFileSource, IPackagePolicySource
    {
        private readonly PolicyPackageLocator _packages;

        public FileSystemPolicySource(PolicyPackageLocator packages)
        {
            _packages = packages;
        }

        public List<string> FilesRead { get; } = new();

        /// <summary>The files read from policy packages, with the id of the package each belongs to.</summary>
        public Dictionary<string, string> PackageFilesRead { get; } = new(PolicyLoader.PathComparer);

        public string MissingFileAdvice => "check the path; \"extends\" paths are relative to the policy file that names them";

        public string? ReadText(string fullPath)
        {
            try
            {
                var text = File.ReadAllText(fullPath);
                FilesRead.Add(fullPath);
                return text;
            }
            catch (Exception e) when (FileErrors.IsFileError(e))
            {
                return null;
            }
        }

        /// <summary>True once the policy asked for a policy package, so which one it gets depends on the project.</summary>
        public bool UsesPackages { get; private set; }

        public string? ReadPackageFile(string packageId, string fileName)
        {
            UsesPackages = true;
            var folder = _packages.FolderOf(packageId);
            if (folder is null)
            {
                return null;
            }

            var path = Path.Combine(folder, fileName);
            var text = ReadText(path);
            if (text is not null)
            {
                PackageFilesRead[path] = packageId;
            }

            return text;
        }

        public string MissingPackageAdvice(string packageId) => _packages.ProblemWith(packageId);
    }
}
