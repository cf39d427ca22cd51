using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Diagnostics
{
    /// <summary>
    /// The suppressions an approved sink makes: one descriptor per leak rule (<c>PHIA001</c> suppresses PHI001, and so
    /// on), each suppression carrying its approval's sink, justification, approver, ticket and expiry.
    /// </summary>
    internal static class ApprovedSinkSuppressions
    {
        private const string DeclaredJustification = "an approved sink of the PhiGuard policy";

        public static ImmutableArray<SuppressionDescriptor> Declared { get; } =
            RuleIdentifiers.Exemptible.Select(rule => Create(rule, DeclaredJustification)).ToImmutableArray();

        /// <summary>The id of the suppression of a leak rule by an approved sink: <c>PHIA001</c> for <c>PHI001</c>.</summary>
        public static string IdOf(string ruleId) => "PHIA" + ruleId.Substring("PHI".Length);

        public static SuppressionDescriptor For(string ruleId, ApprovedSink approval) => Create(ruleId, JustificationOf(approval));

        /// <summary>What reports show: <c>the app's own encrypted channel (approved sink Contoso.Remoting.ServerChannel.Send, approved by security@contoso.example, until 2027-06-30)</c>.</summary>
        public static string JustificationOf(ApprovedSink approval) =>
            ExemptionSuppressions.WithDetails(approval.Justification, "approved sink " + approval.Sink, approval.ApprovedBy, approval.Ticket, approval.Expires);

        private static SuppressionDescriptor Create(string ruleId, string justification) =>
            new SuppressionDescriptor(IdOf(ruleId), ruleId, new ExemptionJustification(justification));
    }
}
