using System;

namespace PhiGuard.Policy
{
    /// <summary>A time-boxed, justified permission for one rule (or all) inside one scope.</summary>
    public sealed class Exemption
    {
        public Exemption(string rule, string scope, string justification, DateTime expires, string? approvedBy, string? ticket, SourcePosition position)
        {
            Rule = rule;
            Scope = scope;
            Justification = justification;
            Expires = expires;
            ApprovedBy = approvedBy;
            Ticket = ticket;
            Position = position;
        }

        /// <summary>A rule id, or <c>*</c> for every leak rule.</summary>
        public string Rule { get; }

        /// <summary>A namespace, type or member name (a glob is allowed) that findings must lie inside.</summary>
        public string Scope { get; }

        public string Justification { get; }

        /// <summary>The last day the exemption applies (inclusive).</summary>
        public DateTime Expires { get; }

        public string? ApprovedBy { get; }

        public string? Ticket { get; }

        public SourcePosition Position { get; }

        public bool AppliesToRule(string ruleId) => Rule == "*" || string.Equals(Rule, ruleId, StringComparison.OrdinalIgnoreCase);

        public bool IsExpiredOn(DateTime today) => today.Date > Expires.Date;
    }
}
