using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using PhiGuard.Analyzers.Configuration;
using PhiGuard.Cli.Input;
using PhiGuard.Policy;

namespace PhiGuard.Cli.Analysis
{
    /// <summary>
    /// Picks the policy for each project or folder the way a build does: <c>--policy</c> when given, else the
    /// project's own PhiGuardPolicyFile, else the nearest phiguard.json in its directory or above, else the
    /// analyzers' default pack. Each policy is loaded and checked once; an invalid one stops the command.
    /// </summary>
    internal sealed class PolicyResolver
    {
        private readonly string? _explicitPolicy;
        private readonly ConcurrentDictionary<string, PolicyChoice> _loaded = new(PolicyLoader.PathComparer);
        private readonly Lazy<PolicyChoice> _default = new(LoadDefault);

        public PolicyResolver(string? explicitPolicy)
        {
            _explicitPolicy = explicitPolicy is null ? null : InputFiles.FullPath(explicitPolicy, "policy");
            if (_explicitPolicy is not null)
            {
                Load(_explicitPolicy, "--policy");
            }
        }

        /// <summary>The policy for code in <paramref name="directory"/>; <paramref name="configured"/> is the project's PhiGuardPolicyFile, if it sets one.</summary>
        public PolicyChoice For(string directory, string? configured)
        {
            if (_explicitPolicy is not null)
            {
                return Load(_explicitPolicy, "--policy");
            }

            if (!string.IsNullOrWhiteSpace(configured))
            {
                return Load(Path.GetFullPath(configured, directory), "PhiGuardPolicyFile");
            }

            var nearest = FindNearest(directory);
            return nearest is null ? _default.Value : Load(nearest, "nearest " + PolicyDiscovery.PolicyFileName);
        }

        /// <summary>The nearest phiguard.json in <paramref name="directory"/> or a directory above it.</summary>
        public static string? FindNearest(string directory)
        {
            for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
            {
                var candidate = Path.Combine(current.FullName, PolicyDiscovery.PolicyFileName);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }

        /// <summary>Loads a policy file and everything it extends from the disk, with every problem found.</summary>
        public static (PolicyLoadResult Result, FileSystemPolicySource Source) LoadFile(string path)
        {
            var text = InputFiles.ReadPolicy(path);
            var source = new FileSystemPolicySource();
            return (PolicyLoader.Load(path, text, source), source);
        }

        private PolicyChoice Load(string path, string origin) => _loaded.GetOrAdd(path, p =>
        {
            var (result, source) = LoadFile(p);
            if (result.Policy is null)
            {
                var first = result.Problems[0];
                var more = result.Problems.Count > 1 ? " (and " + (result.Problems.Count - 1) + " more)" : string.Empty;
                throw new InputException(
                    "the policy " + p + " is invalid: " + first.Position.Path + ":" + first.Position.Line + ":" + first.Position.Column + ": " + first.Message + more
                    + "; run 'phiguard policy validate " + p + "' to list every problem");
            }

            return new PolicyChoice(p, result.Policy, new[] { p }.Concat(source.FilesRead).Distinct(PolicyLoader.PathComparer).ToList(), origin);
        });

        private static PolicyChoice LoadDefault()
        {
            var result = PolicyLoader.LoadBuiltin(PolicyDiscovery.DefaultBuiltin);
            return new PolicyChoice(null, result.Policy!, Array.Empty<string>(), "default " + PolicyReference.BuiltinPrefix + PolicyDiscovery.DefaultBuiltin);
        }
    }
}
