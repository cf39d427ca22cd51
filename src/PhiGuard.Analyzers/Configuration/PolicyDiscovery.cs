using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Configuration
{
    /// <summary>
    /// Finds the compilation's policy among its AdditionalFiles and loads it. A policy is parsed once per
    /// distinct set of file texts: the cache is keyed by the root file's text and checks the texts of the
    /// files it extends.
    /// </summary>
    internal static class PolicyDiscovery
    {
        public const string PolicyFileName = "phiguard.json";
        public const string PolicyFileProperty = "build_property.PhiGuardPolicyFile";

        /// <summary>The pack a project without a phiguard.json is analysed with.</summary>
        public const string DefaultBuiltin = "hipaa-safe-harbor";

        private static readonly ConditionalWeakTable<SourceText, CachedLoad> Cache = new ConditionalWeakTable<SourceText, CachedLoad>();
        private static readonly Lazy<PolicyLoadResult> DefaultPolicy = new Lazy<PolicyLoadResult>(() => PolicyLoader.LoadBuiltin(DefaultBuiltin));

        public static PolicyState Load(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var source = new AdditionalFilesPolicySource(options.AdditionalFiles, options.AnalyzerConfigOptionsProvider, cancellationToken);
            options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(PolicyFileProperty, out var configured);
            AdditionalText? root;
            if (!string.IsNullOrWhiteSpace(configured))
            {
                root = source.Find(configured!);
                if (root is null)
                {
                    return new PolicyState(configured, null, "the policy file '" + configured + "' (PhiGuardPolicyFile) was not passed to the compiler; check that it exists, or add it as an AdditionalFile");
                }
            }
            else
            {
                var candidates = options.AdditionalFiles
                    .Where(file => string.Equals(Path.GetFileName(file.Path), PolicyFileName, StringComparison.OrdinalIgnoreCase) && !source.IsPackageFile(file))
                    .ToList();
                if (candidates.Count == 0)
                {
                    return new PolicyState(null, DefaultPolicy.Value, null);
                }

                if (candidates.Count > 1)
                {
                    var names = string.Join(", ", candidates.Select(c => c.Path));
                    return new PolicyState(candidates[0].Path, null, "several phiguard.json files were passed to the compiler (" + names + "); set the PhiGuardPolicyFile property to the one to use");
                }

                root = candidates[0];
            }

            var rootText = root.GetText(cancellationToken);
            if (rootText is null)
            {
                return new PolicyState(root.Path, null, "the policy file '" + root.Path + "' cannot be read");
            }

            return new PolicyState(root.Path, LoadCached(AdditionalFilesPolicySource.Normalize(root.Path), rootText, source), null);
        }

        private static PolicyLoadResult LoadCached(string rootPath, SourceText rootText, AdditionalFilesPolicySource source)
        {
            if (Cache.TryGetValue(rootText, out var cached) && cached.IsCurrent(rootPath, source))
            {
                return cached.Result;
            }

            var result = PolicyLoader.Load(rootPath, AdditionalFilesPolicySource.AsWritten(rootText), source);
            var entry = new CachedLoad(rootPath, result, source.Read.ToList());
            Cache.Remove(rootText);
            Cache.Add(rootText, entry);
            return result;
        }

        private sealed class CachedLoad
        {
            private readonly string _rootPath;
            private readonly List<KeyValuePair<string, SourceText?>> _dependencies;

            public CachedLoad(string rootPath, PolicyLoadResult result, List<KeyValuePair<string, SourceText?>> dependencies)
            {
                _rootPath = rootPath;
                Result = result;
                _dependencies = dependencies;
            }

            public PolicyLoadResult Result { get; }

            public bool IsCurrent(string rootPath, AdditionalFilesPolicySource source) =>
                PolicyLoader.PathComparer.Equals(rootPath, _rootPath)
                && _dependencies.All(dependency => ReferenceEquals(source.CurrentText(dependency.Key), dependency.Value));
        }
    }
}
