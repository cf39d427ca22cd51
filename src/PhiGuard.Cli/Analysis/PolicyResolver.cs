using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PhiGuard.Analyzers.Configuration;
using PhiGuard.Cli.Input;
using PhiGuard.Cli.PolicyPackages;
using PhiGuard.Policy;

namespace PhiGuard.Cli.Analysis
{
    /// <summary>
    /// Picks the policy for each project or folder the way a build does: <c>--policy</c> when given, else the
    /// project's own PhiGuardPolicyFile, else the nearest phiguard.json in its directory or above, else the
    /// analyzers' default pack. Each policy is loaded and checked once per project it applies to, since the version
    /// of a policy package it extends is the one that project references; an invalid one stops the command.
    /// </summary>
    internal sealed class PolicyResolver
    {
        private const string ExplicitOrigin = "--policy";

        private readonly string? _explicitPolicy;
        private readonly string _role;
        private readonly string _packagesFolder = NuGetPackagesFolder.ForCurrentUser();
        private readonly ConcurrentDictionary<(string Policy, string Project), PolicyChoice> _loaded = new();
        private readonly ConcurrentDictionary<string, PolicyChoice> _withoutPackages = new(PolicyLoader.PathComparer);
        private readonly Lazy<PolicyChoice> _default = new(LoadDefault);

        /// <param name="explicitPolicy">The policy every project is analysed with, when one is named on the command line.</param>
        /// <param name="role">How messages name that policy: "policy", or "base policy" and "head policy" for a diff.</param>
        public PolicyResolver(string? explicitPolicy, string role = "policy")
        {
            _explicitPolicy = explicitPolicy is null ? null : InputFiles.FullPath(explicitPolicy, role);
            _role = role;
            if (_explicitPolicy is not null)
            {
                // Checked before any code is loaded; the policy packages it extends resolve as for 'policy validate'.
                ExplicitPolicy = Check(_explicitPolicy, LoadFile(_explicitPolicy, projectDirectory: null, _packagesFolder));
            }
        }

        /// <summary>The policy named on the command line, as validated before the code was loaded.</summary>
        public EffectivePolicy? ExplicitPolicy { get; }

        /// <summary>The policy for code in <paramref name="directory"/>; <paramref name="configured"/> is the project's PhiGuardPolicyFile, if it sets one.</summary>
        public PolicyChoice For(string directory, string? configured)
        {
            if (_explicitPolicy is not null)
            {
                return Load(_explicitPolicy, ExplicitOrigin, directory);
            }

            if (!string.IsNullOrWhiteSpace(configured))
            {
                return Load(Path.GetFullPath(configured, directory), "PhiGuardPolicyFile", directory);
            }

            var nearest = FindNearest(directory);
            return nearest is null ? _default.Value : Load(nearest, "nearest " + PolicyDiscovery.PolicyFileName, directory);
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

        /// <summary>
        /// Loads a policy file and everything it extends from the disk, with every problem found. A policy package
        /// it extends is taken at the version the project in <paramref name="projectDirectory"/> references, as its
        /// build does; for a policy named on the command line (<paramref name="policyTreeFirst"/>), the version the
        /// restored projects in the policy's folder (and two levels below) reference comes first, so a policy in
        /// another checkout brings its own version. With no project to ask, the newest version in the NuGet
        /// packages folder is used.
        /// </summary>
        public static (PolicyLoadResult Result, FileSystemPolicySource Source) LoadFile(string path, string? projectDirectory, string packagesFolder, bool policyTreeFirst = true)
        {
            var text = InputFiles.ReadPolicy(path);
            var contexts = new List<PackageReferences>();
            if (projectDirectory is not null)
            {
                contexts.Add(PackageReferences.OfProjectIn(projectDirectory, packagesFolder));
            }

            if (policyTreeFirst || projectDirectory is null)
            {
                contexts.Insert(0, PackageReferences.OfProjectsBelow(Path.GetDirectoryName(path)!, packagesFolder));
            }

            var source = new FileSystemPolicySource(new PolicyPackageLocator(contexts, packagesFolder, newestWhenUnreferenced: projectDirectory is null));
            return (PolicyLoader.Load(path, text, source), source);
        }

        /// <summary>The one line that says an invalid policy is invalid, where first, and how to see every problem.</summary>
        public static string InvalidMessage(string path, PolicyLoadResult result, string role = "policy")
        {
            var first = result.Problems[0];
            var more = result.Problems.Count > 1 ? " (and " + (result.Problems.Count - 1) + " more)" : string.Empty;
            return "the " + role + " " + path + " is invalid: " + first.Position.Path + ":" + first.Position.Line + ":" + first.Position.Column + ": " + first.Message + more
                + "; run 'phiguard policy validate " + path + "' to list every problem";
        }

        private EffectivePolicy Check(string path, (PolicyLoadResult Result, FileSystemPolicySource Source) loaded) =>
            loaded.Result.Policy ?? throw new InputException(InvalidMessage(path, loaded.Result, path == _explicitPolicy ? _role : "policy"));

        /// <summary>A policy that extends no policy package is the same for every project, and is loaded once.</summary>
        private PolicyChoice Load(string path, string origin, string projectDirectory) =>
            _withoutPackages.TryGetValue(path, out var shared) ? shared : _loaded.GetOrAdd((path, projectDirectory), key =>
            {
                var loaded = LoadFile(key.Policy, key.Project, _packagesFolder, policyTreeFirst: origin == ExplicitOrigin);
                var policy = Check(key.Policy, loaded);
                var files = new[] { key.Policy }.Concat(loaded.Source.FilesRead).Distinct(PolicyLoader.PathComparer).ToList();
                var choice = new PolicyChoice(key.Policy, policy, files, loaded.Source.PackageFilesRead, origin);
                if (!loaded.Source.UsesPackages)
                {
                    _withoutPackages.TryAdd(key.Policy, choice);
                }

                return choice;
            });

        private static PolicyChoice LoadDefault()
        {
            var result = PolicyLoader.LoadBuiltin(PolicyDiscovery.DefaultBuiltin);
            return new PolicyChoice(null, result.Policy!, Array.Empty<string>(), new Dictionary<string, string>(), "default " + PolicyReference.BuiltinPrefix + PolicyDiscovery.DefaultBuiltin);
        }
    }
}
