using System.Collections.Generic;
using PhiGuard.Policy;

namespace PhiGuard.Cli.Analysis
{
    /// <summary>The policy one project or folder is analysed with, and every file it was composed from.</summary>
    internal sealed class PolicyChoice
    {
        public PolicyChoice(string? path, EffectivePolicy policy, IReadOnlyList<string> files, IReadOnlyDictionary<string, string> packageFiles, string origin)
        {
            Path = path;
            Policy = policy;
            Files = files;
            PackageFiles = packageFiles;
            Origin = origin;
        }

        /// <summary>The policy file, or null when the analyzers' built-in default applies.</summary>
        public string? Path { get; }

        public EffectivePolicy Policy { get; }

        /// <summary>The policy file and the files it extends, as the compiler would get them as AdditionalFiles.</summary>
        public IReadOnlyList<string> Files { get; }

        /// <summary>The files among <see cref="Files"/> that come from policy packages, with each package's id (their <c>PhiGuardPolicyPackage</c> metadata).</summary>
        public IReadOnlyDictionary<string, string> PackageFiles { get; }

        /// <summary>Why this policy applies: <c>--policy</c>, the project's PhiGuardPolicyFile, the nearest phiguard.json, or the default.</summary>
        public string Origin { get; }
    }
}
