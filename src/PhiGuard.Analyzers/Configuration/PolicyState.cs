using System.Collections.Generic;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Configuration
{
    /// <summary>What the analyzers know about the policy of one compilation.</summary>
    internal sealed class PolicyState
    {
        public PolicyState(string? rootPath, PolicyLoadResult? result, string? problemWithoutLocation)
        {
            RootPath = rootPath;
            Result = result;
            ProblemWithoutLocation = problemWithoutLocation;
        }

        /// <summary>The policy file in use; null when the project has none and the default pack applies.</summary>
        public string? RootPath { get; }

        public PolicyLoadResult? Result { get; }

        /// <summary>A policy problem that has no file to point at, such as a configured policy the compiler was not given.</summary>
        public string? ProblemWithoutLocation { get; }

        /// <summary>The policy to analyse with, or null: then the leak rules stay silent and PHI100 explains why.</summary>
        public EffectivePolicy? Policy => ProblemWithoutLocation is null ? Result?.Policy : null;

        public IReadOnlyList<PolicyProblem> Problems => Result?.Problems ?? System.Array.Empty<PolicyProblem>();
    }
}
