using System.Collections.Generic;

namespace PhiGuard.Policy
{
    /// <summary>A composed policy, or every problem that stops it from being one.</summary>
    public sealed class PolicyLoadResult
    {
        internal PolicyLoadResult(EffectivePolicy? policy, IReadOnlyList<PolicyProblem> problems)
        {
            Policy = problems.Count == 0 ? policy : null;
            Problems = problems;
        }

        /// <summary>The policy; null whenever there is a problem, so nobody analyses with half a policy.</summary>
        public EffectivePolicy? Policy { get; }

        public IReadOnlyList<PolicyProblem> Problems { get; }

        public bool Succeeded => Policy is not null;
    }
}
