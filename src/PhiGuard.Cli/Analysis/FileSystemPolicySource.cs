using System.Collections.Generic;
using System.IO;
using PhiGuard.Cli.Input;
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

        private string? _lastProblem;

        /// <summary>The files read from policy packages, with the id of the package each belongs to.</summary>
        public Dictionary<string, string> PackageFilesRead { get; } = new(PolicyLoader.PathComparer);

        /// <summary>Why the last file asked for could not be read; the loader adds it to its message right after asking.</summary>
        public string MissingFileAdvice => (_lastProblem is null ? string.Empty : _lastProblem + "; ") + "check the path; \"extends\" paths are relative to the policy file that names them";

        public string? ReadText(string fullPath)
        {
            var text = InputFiles.TryReadPolicy(fullPath, out _lastProblem);
            if (text is not null)
            {
                FilesRead.Add(fullPath);
            }

            return text;
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
