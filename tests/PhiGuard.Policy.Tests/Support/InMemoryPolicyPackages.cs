using System.Collections.Generic;
using PhiGuard.Policy;

namespace PhiGuard.Policy.Tests.Support
{
    /// <summary>Policy files of a project held in memory, with the files of the policy packages it references.</summary>
    internal sealed class InMemoryPolicyPackages : IPolicyFileSource, IPackagePolicySource
    {
        public const string PackageAdvice = "add a PackageReference to the package";

        private readonly InMemoryPolicyFiles _files = new InMemoryPolicyFiles();
        private readonly Dictionary<string, string> _packageFiles = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);

        /// <summary>Every package file the loader asked for, as <c>id/file</c>.</summary>
        public List<string> PackageRequests { get; } = new List<string>();

        public string MissingFileAdvice => _files.MissingFileAdvice;

        public InMemoryPolicyPackages With(string relativePath, string text)
        {
            _files.With(relativePath, text);
            return this;
        }

        public InMemoryPolicyPackages WithPackageFile(string packageId, string fileName, string text)
        {
            _packageFiles[packageId + "/" + fileName] = text;
            return this;
        }

        public PolicyLoadResult Load(string relativePath) => PolicyLoader.Load(InMemoryPolicyFiles.PathOf(relativePath), _files.TextOf(relativePath), this);

        public string? ReadText(string fullPath) => _files.ReadText(fullPath);

        public string? ReadPackageFile(string packageId, string fileName)
        {
            PackageRequests.Add(packageId + "/" + fileName);
            return _packageFiles.TryGetValue(packageId + "/" + fileName, out var text) ? text : null;
        }

        public string MissingPackageAdvice(string packageId) => PackageAdvice;
    }
}
