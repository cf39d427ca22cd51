using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PhiGuard.Analyzers.Classification;
using PhiGuard.Analyzers.Diagnostics;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Approvals
{
    /// <summary>
    /// The policy's approved sinks that still apply on a given day, and which of them approves a finding: the first, in
    /// policy order, that covers the finding's rule and names one of the calls on the finding's path to its sink. An
    /// expired entry approves nothing; PHI101 reports it instead.
    /// </summary>
    internal sealed class ActiveApprovals
    {
        public static readonly ActiveApprovals None = new ActiveApprovals(Array.Empty<ApprovedSink>());

        private readonly IReadOnlyList<(ApprovedSink Entry, string Pattern)> _approvals;

        public ActiveApprovals(EffectivePolicy policy, DateTime today)
            : this(policy.ApprovedSinks.Where(entry => !entry.IsExpiredOn(today)))
        {
        }

        private ActiveApprovals(IEnumerable<ApprovedSink> approvals)
        {
            _approvals = approvals.Select(entry => (entry, SelectorIndex.Normalize(entry.Sink))).ToList();
        }

        public bool IsEmpty => _approvals.Count == 0;

        /// <summary>The approval of a flow to a sink of <paramref name="kind"/> through <paramref name="calls"/>, or null.</summary>
        public ApprovedSink? Approving(SinkKind kind, IEnumerable<IMethodSymbol> calls) =>
            IsEmpty ? null : Approving(DiagnosticDescriptors.LeakBySink[kind].Id, calls.Select(ApprovedSinkNames.Of).ToList());

        /// <summary>The approval of a finding of <paramref name="ruleId"/> whose path calls the methods named <paramref name="calls"/>, or null.</summary>
        public ApprovedSink? Approving(string ruleId, IReadOnlyList<string> calls)
        {
            foreach (var (entry, pattern) in _approvals)
            {
                if (entry.AppliesToRule(ruleId) && calls.Any(call => Glob.IsMatch(pattern, call)))
                {
                    return entry;
                }
            }

            return null;
        }
    }
}
