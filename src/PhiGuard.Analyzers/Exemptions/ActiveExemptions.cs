using System;
using System.Collections.Generic;
using System.Linq;
using PhiGuard.Analyzers.Classification;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Exemptions
{
    /// <summary>
    /// The exemptions of a policy that still apply on a given day, and which of them covers a finding. An expired
    /// exemption covers nothing; PHI101 reports it instead.
    /// </summary>
    internal sealed class ActiveExemptions
    {
        private readonly IReadOnlyList<Exemption> _exemptions;

        public ActiveExemptions(EffectivePolicy policy, DateTime today)
        {
            _exemptions = policy.Exemptions.Where(e => !e.IsExpiredOn(today)).ToList();
        }

        public bool IsEmpty => _exemptions.Count == 0;

        /// <summary>The first exemption, in policy order, for <paramref name="ruleId"/> whose scope names one of <paramref name="enclosingNames"/>.</summary>
        public Exemption? Covering(string ruleId, IReadOnlyList<string> enclosingNames)
        {
            foreach (var exemption in _exemptions)
            {
                if (!exemption.AppliesToRule(ruleId))
                {
                    continue;
                }

                var scope = SelectorIndex.Normalize(exemption.Scope);
                if (enclosingNames.Any(name => Glob.IsMatch(scope, name)))
                {
                    return exemption;
                }
            }

            return null;
        }
    }
}
