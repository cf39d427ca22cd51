using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PhiGuard.Policy
{
    /// <summary>Parses a policy and everything it <c>extends</c>, and composes them into one <see cref="EffectivePolicy"/>.</summary>
    public static class PolicyLoader
    {
        /// <summary>Loads the policy at <paramref name="path"/> whose text is <paramref name="text"/>.</summary>
        public static PolicyLoadResult Load(string path, string text, IPolicyFileSource source)
        {
            var problems = new List<PolicyProblem>();
            var documents = new List<PolicyDocument>();
            var loaded = new HashSet<string>(PathComparer);
            var root = LoadRecursive(path, text, source, new List<string>(), loaded, documents, problems);
            var policy = root is null ? null : new EffectivePolicy(path, root.Name, documents);
            return new PolicyLoadResult(policy, problems);
        }

        /// <summary>Loads a built-in pack on its own, as <c>extends: ["builtin:name"]</c> would.</summary>
        public static PolicyLoadResult LoadBuiltin(string name)
        {
            var path = BuiltinPolicies.PathOf(name);
            if (!BuiltinPolicies.TryGetText(name, out var text))
            {
                var problem = new PolicyProblem(new SourcePosition(path, 1, 1), UnknownBuiltinMessage(name));
                return new PolicyLoadResult(null, new[] { problem });
            }

            return Load(path, text, NoFiles.Instance);
        }

        public static StringComparer PathComparer { get; } =
            Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

        /// <summary>The absolute path an <c>extends</c> entry of <paramref name="includingPath"/> points to.</summary>
        public static string ResolveRelative(string includingPath, string relative)
        {
            var directory = Path.GetDirectoryName(includingPath) ?? string.Empty;
            return Path.GetFullPath(Path.Combine(directory, relative));
        }

        private static PolicyDocument? LoadRecursive(
            string path,
            string text,
            IPolicyFileSource source,
            List<string> chain,
            HashSet<string> loaded,
            List<PolicyDocument> documents,
            List<PolicyProblem> problems)
        {
            var document = PolicyParser.Parse(path, text, problems, out var complete);
            loaded.Add(path);
            if (document is null)
            {
                return null;
            }

            if (!complete)
            {
                // Files are not read for a policy that is already invalid; a built-in's name is still checked, so every
                // problem of this file shows at once.
                foreach (var reference in document.Extends.Where(reference => reference.IsBuiltin && !BuiltinPolicies.TryGetText(reference.BuiltinName, out _)))
                {
                    problems.Add(new PolicyProblem(reference.Position, UnknownBuiltinMessage(reference.BuiltinName)));
                }

                return null;
            }

            chain.Add(path);
            foreach (var reference in document.Extends)
            {
                LoadReference(path, reference, source, chain, loaded, documents, problems);
            }

            chain.RemoveAt(chain.Count - 1);
            documents.Add(document);
            return document;
        }

        private static void LoadReference(
            string includingPath,
            PolicyReference reference,
            IPolicyFileSource source,
            List<string> chain,
            HashSet<string> loaded,
            List<PolicyDocument> documents,
            List<PolicyProblem> problems)
        {
            string targetPath;
            string? targetText;
            if (reference.IsBuiltin)
            {
                targetPath = BuiltinPolicies.PathOf(reference.BuiltinName);
                if (!BuiltinPolicies.TryGetText(reference.BuiltinName, out var builtinText))
                {
                    problems.Add(new PolicyProblem(reference.Position, UnknownBuiltinMessage(reference.BuiltinName)));
                    return;
                }

                targetText = builtinText;
            }
            else if (reference.IsPackage || PackagePolicyPaths.IsPackagePath(includingPath))
            {
                if (!TryReadPackageFile(includingPath, reference, source, problems, out targetPath, out targetText))
                {
                    return;
                }
            }
            else
            {
                if (includingPath.StartsWith(PolicyReference.BuiltinPrefix, StringComparison.Ordinal))
                {
                    problems.Add(new PolicyProblem(reference.Position, "a built-in policy can only extend other built-in policies"));
                    return;
                }

                try
                {
                    targetPath = ResolveRelative(includingPath, reference.Value);
                }
                catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
                {
                    problems.Add(new PolicyProblem(reference.Position, "\"" + reference.Value + "\" is not a usable path: " + e.Message));
                    return;
                }

                targetText = null;
            }

            if (chain.Contains(targetPath, PathComparer))
            {
                var cycle = chain.SkipWhile(p => !PathComparer.Equals(p, targetPath)).Concat(new[] { targetPath }).Select(Path.GetFileName);
                problems.Add(new PolicyProblem(reference.Position, "\"extends\" makes a cycle: " + string.Join(" -> ", cycle) + "; remove one of these references"));
                return;
            }

            if (loaded.Contains(targetPath))
            {
                return;
            }

            targetText ??= source.ReadText(targetPath);
            if (targetText is null)
            {
                problems.Add(new PolicyProblem(reference.Position, "cannot read the extended policy \"" + reference.Value + "\" (resolved to " + targetPath + "); " + source.MissingFileAdvice));
                return;
            }

            LoadRecursive(targetPath, targetText, source, chain, loaded, documents, problems);
        }

        /// <summary>
        /// Reads <c>package:&lt;id&gt;</c>, or a file beside the policy of the package <paramref name="includingPath"/>
        /// belongs to, from the source's policy packages.
        /// </summary>
        private static bool TryReadPackageFile(string includingPath, PolicyReference reference, IPolicyFileSource source, List<PolicyProblem> problems, out string targetPath, out string? targetText)
        {
            string packageId;
            string fileName;
            targetText = null;
            if (reference.IsPackage)
            {
                packageId = reference.PackageId;
                fileName = PackagePolicyPaths.PolicyFileName;
                targetPath = PackagePolicyPaths.PathOf(packageId);
                if (!PackagePolicyPaths.IsValidPackageId(packageId))
                {
                    problems.Add(new PolicyProblem(reference.Position, "\"" + reference.Value + "\" does not name a NuGet package; write \"package:<PackageId>\", such as \"package:Contoso.Security.Policy\""));
                    return false;
                }
            }
            else
            {
                packageId = PackagePolicyPaths.Split(includingPath).PackageId;
                fileName = reference.Value;
                targetPath = PackagePolicyPaths.PathOf(packageId) + "/" + fileName;
                if (!PackagePolicyPaths.IsFileBeside(fileName))
                {
                    problems.Add(new PolicyProblem(reference.Position, "a package policy can extend built-in packs, other packages and .json files beside it in its phiguard folder, not \"" + reference.Value + "\""));
                    return false;
                }
            }

            if (source is not IPackagePolicySource packages)
            {
                problems.Add(new PolicyProblem(reference.Position, "\"" + reference.Value + "\" cannot be resolved here: policy packages are read by the PhiGuard analyzers in a build and by the phiguard tool"));
                return false;
            }

            targetText = packages.ReadPackageFile(packageId, fileName);
            if (targetText is null)
            {
                var what = reference.IsPackage ? "the policy package \"" + packageId + "\"" : "\"" + fileName + "\" of the policy package \"" + packageId + "\"";
                problems.Add(new PolicyProblem(reference.Position, "cannot read " + what + "; " + packages.MissingPackageAdvice(packageId)));
                return false;
            }

            return true;
        }

        private static string UnknownBuiltinMessage(string name) =>
            "unknown built-in policy \"builtin:" + name + "\"; available: " + string.Join(", ", BuiltinPolicies.Names.Select(n => "builtin:" + n));

        private sealed class NoFiles : IPolicyFileSource
        {
            public static readonly NoFiles Instance = new NoFiles();

            public string MissingFileAdvice => "built-in policies cannot extend files";

            public string? ReadText(string fullPath) => null;
        }
    }
}
