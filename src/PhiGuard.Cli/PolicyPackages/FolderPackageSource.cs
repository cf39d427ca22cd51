using System;
using System.Collections.Generic;
using System.IO;
using PhiGuard.Policy;

namespace PhiGuard.Cli.PolicyPackages
{
    /// <summary>
    /// A folder read as the policy package it is about to become: <c>package:&lt;id&gt;</c> is its <c>policy.json</c>, and
    /// the files beside it are what that policy extends. Other policy packages it extends come from the NuGet
    /// packages folder. Remembers which of its own files the policy uses, so only those are packed.
    /// </summary>
    internal sealed class FolderPackageSource : IPolicyFileSource, IPackagePolicySource
    {
        private readonly string _folder;
        private readonly string _packageId;
        private readonly PolicyPackageLocator _otherPackages;

        public FolderPackageSource(string folder, string packageId, PolicyPackageLocator otherPackages)
        {
            _folder = folder;
            _packageId = packageId;
            _otherPackages = otherPackages;
        }

        /// <summary>The folder's files the policy is composed from, by file name.</summary>
        public SortedDictionary<string, string> OwnFiles { get; } = new(StringComparer.Ordinal);

        public string MissingFileAdvice => "a package policy can only extend files beside it";

        /// <summary>The file on the disk a position of the policy names: <c>package:&lt;id&gt;/base.json</c> is base.json in the folder.</summary>
        public string DiskPathOf(string policyPath)
        {
            if (!PackagePolicyPaths.IsPackagePath(policyPath))
            {
                return policyPath;
            }

            var (id, fileName) = PackagePolicyPaths.Split(policyPath);
            return string.Equals(id, _packageId, StringComparison.OrdinalIgnoreCase) ? Path.Combine(_folder, fileName) : policyPath;
        }

        public string? ReadText(string fullPath) => null;

        public string? ReadPackageFile(string packageId, string fileName)
        {
            if (!string.Equals(packageId, _packageId, StringComparison.OrdinalIgnoreCase))
            {
                var folder = _otherPackages.FolderOf(packageId);
                return folder is null ? null : TryRead(Path.Combine(folder, fileName));
            }

            var text = TryRead(Path.Combine(_folder, fileName));
            if (text is not null)
            {
                OwnFiles[fileName] = text;
            }

            return text;
        }

        public string MissingPackageAdvice(string packageId) =>
            string.Equals(packageId, _packageId, StringComparison.OrdinalIgnoreCase)
                ? "put it in " + _folder + " beside policy.json"
                : _otherPackages.ProblemWith(packageId);

        private static string? TryRead(string path)
        {
            try
            {
                return File.ReadAllText(path);
            }
            catch (Exception e) when (FileErrors.IsFileError(e))
            {
                return null;
            }
        }
    }
}
