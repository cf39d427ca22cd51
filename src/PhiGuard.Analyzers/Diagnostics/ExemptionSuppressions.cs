using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Diagnostics
{
    /// <summary>
    /// The suppressions a policy exemption makes: one descriptor per leak rule (<c>PHIX001</c> suppresses PHI001, and
    /// so on), each suppression carrying its exemption's justification, approver, ticket and expiry.
    /// </summary>
    internal static class ExemptionSuppressions
    {
        private const string DeclaredJustification = "exempted by the PhiGuard policy";

        public static ImmutableArray<SuppressionDescriptor> Declared { get; } =
            RuleIdentifiers.Exemptible.Select(rule => Create(rule, DeclaredJustification)).ToImmutableArray();

        /// <summary>The id of the suppression of a leak rule: <c>PHIX001</c> for <c>PHI001</c>.</summary>
        public static string IdOf(string ruleId) => "PHIX" + ruleId.Substring("PHI".Length);

        public static SuppressionDescriptor For(string ruleId, Exemption exemption) => Create(ruleId, JustificationOf(exemption));

        /// <summary>What reports show: <c>FHIR API answers authorised clients over TLS (approved by security@contoso.example, ticket SEC-123, until 2027-06-30)</c>.</summary>
        public static string JustificationOf(Exemption exemption) =>
            WithDetails(exemption.Justification, null, exemption.ApprovedBy, exemption.Ticket, exemption.Expires);

        /// <summary>A policy entry's justification followed by what it is, who approved it, its ticket and its last day.</summary>
        public static string WithDetails(string justification, string? what, string? approvedBy, string? ticket, DateTime expires)
        {
            var details = new List<string>();
            if (what is not null)
            {
                details.Add(what);
            }

            if (!string.IsNullOrWhiteSpace(approvedBy))
            {
                details.Add("approved by " + approvedBy!.Trim());
            }

            if (!string.IsNullOrWhiteSpace(ticket))
            {
                details.Add("ticket " + ticket!.Trim());
            }

            details.Add("until " + expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            return justification.Trim() + " (" + string.Join(", ", details) + ")";
        }

        private static SuppressionDescriptor Create(string ruleId, string justification) =>
            new SuppressionDescriptor(IdOf(ruleId), ruleId, new ExemptionJustification(justification));
    }
}
