using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Configuration
{
    /// <summary>
    /// Serves policy files from the compilation's AdditionalFiles; analyzers never read the disk. The files of a
    /// policy package carry the metadata <c>PhiGuardPolicyPackage</c> (its id), which its build props set.
    /// </summary>
    internal sealed class AdditionalFilesPolicySource : IPolicyFileSource, IPackagePolicySource
    {
        /// <summary>The AdditionalFiles metadata a policy package's build props set to the package id.</summary>
        public const string PackageMetadata = "build_metadata.AdditionalFiles.PhiGuardPolicyPackage";

        private readonly Dictionary<string, AdditionalText> _files;
        private readonly Dictionary<string, AdditionalText> _packageFiles = new Dictionary<string, AdditionalText>(StringComparer.OrdinalIgnoreCase);
        private readonly CancellationToken _cancellationToken;

        public AdditionalFilesPolicySource(IEnumerable<AdditionalText> files, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
        {
            _files = new Dictionary<string, AdditionalText>(PolicyLoader.PathComparer);
            foreach (var file in files)
            {
                _files[Normalize(file.Path)] = file;
                if (options.GetOptions(file).TryGetValue(PackageMetadata, out var packageId) && !string.IsNullOrWhiteSpace(packageId))
                {
                    _packageFiles[PackagePolicyPaths.PathOf(packageId.Trim()) + "/" + Path.GetFileName(file.Path)] = file;
                }
            }

            _cancellationToken = cancellationToken;
        }

        /// <summary>Every file asked for and the text handed out (null when missing), so a cached load can tell whether any changed.</summary>
        public List<KeyValuePair<string, SourceText?>> Read { get; } = new List<KeyValuePair<string, SourceText?>>();

        public string MissingFileAdvice =>
            "PhiGuard passes the files a policy extends to the compiler when it finds them; check the path, or add <AdditionalFiles Include=\"...\" /> for it";

        /// <summary>True for a file of a policy package; a package's files are never the project's own policy.</summary>
        public bool IsPackageFile(AdditionalText file) => _packageFiles.ContainsValue(file);

        public AdditionalText? Find(string path)
        {
            if (PackagePolicyPaths.IsPackagePath(path))
            {
                var (packageId, fileName) = PackagePolicyPaths.Split(path);
                return _packageFiles.TryGetValue(PackagePolicyPaths.PathOf(packageId) + "/" + fileName, out var packageFile) ? packageFile : null;
            }

            return _files.TryGetValue(Normalize(path), out var file) ? file : null;
        }

        public SourceText? CurrentText(string path) => Find(path)?.GetText(_cancellationToken);

        public string? ReadText(string fullPath)
        {
            var text = CurrentText(fullPath);
            Read.Add(new KeyValuePair<string, SourceText?>(fullPath, text));
            return text is null ? null : AsWritten(text);
        }

        /// <summary>
        /// A policy's text as its UTF-8 bytes say. The compiler reads a file that is not UTF-8 in a fallback code page
        /// instead of failing; turned back into those bytes and decoded as UTF-8, its invalid bytes show as U+FFFD,
        /// which the policy parser reports at their line and column, as the command line does.
        /// </summary>
        public static string AsWritten(SourceText text)
        {
            var encoding = text.Encoding;
            return encoding is null || encoding.CodePage == Encoding.UTF8.CodePage ? text.ToString() : PolicyText.AsUtf8(encoding, text.ToString());
        }

        public string? ReadPackageFile(string packageId, string fileName) =>
            ReadText(fileName == PackagePolicyPaths.PolicyFileName ? PackagePolicyPaths.PathOf(packageId) : PackagePolicyPaths.PathOf(packageId) + "/" + fileName);

        public string MissingPackageAdvice(string packageId)
        {
            var present = _packageFiles.Keys.Select(key => PackagePolicyPaths.Split(key).PackageId).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var found = present.Count == 0 ? "the project references no policy package" : "the project's policy packages are " + string.Join(", ", present);
            return found + "; add <PackageReference Include=\"" + packageId + "\" Version=\"...\" PrivateAssets=\"all\" /> to the project and restore, so the package's build props pass its phiguard/*.json files to the compiler";
        }

        public static string Normalize(string path)
        {
            try
            {
                return Path.GetFullPath(path);
            }
            catch (System.Exception e) when (e is System.ArgumentException || e is System.NotSupportedException || e is PathTooLongException)
            {
                return path;
            }
        }
    }
}
