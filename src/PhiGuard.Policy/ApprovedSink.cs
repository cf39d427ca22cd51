using System;
using System.Collections.Generic;
using System.Linq;

namespace PhiGuard.Policy
{
    /// <summary>
    /// A destination the security team approves for protected data: a method (any overload, a glob is allowed) that a
    /// flow may pass protected data into, directly or through the methods it calls, for the listed leak rules.
    /// </summary>
    public sealed class ApprovedSink
    {
        public ApprovedSink(string sink, IReadOnlyList<string> rules, string justification, DateTime expires, string? approvedBy, string? ticket, SourcePosition position)
        {
            Sink = sink;
            Rules = rules;
            Justification = justification;
            Expires = expires;
            ApprovedBy = approvedBy;
            Ticket = ticket;
            Position = position;
        }

        /// <summary><c>Namespace.Type.Method</c>, with <c>*</c> and <c>?</c> as wildcards.</summary>
        public string Sink { get; }

        /// <summary>The leak rules the approval covers; empty means every leak rule.</summary>
        public IReadOnlyList<string> Rules { get; }

        public string Justification { get; }

        /// <summary>The last day the approval applies (inclusive).</summary>
        public DateTime Expires { get; }

        public string? ApprovedBy { get; }

        public string? Ticket { get; }

        public SourcePosition Position { get; }

        public bool AppliesToRule(string ruleId) =>
            Rules.Count == 0 || Rules.Any(rule => string.Equals(rule, ruleId, StringComparison.OrdinalIgnoreCase));

        public bool IsExpiredOn(DateTime today) => today.Date > Expires.Date;
    }
}
