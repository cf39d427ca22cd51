using System;
using System.Linq;
using PhiGuard.Analyzers.Diagnostics;
using PhiGuard.Policy;
using Xunit;

namespace PhiGuard.Analyzers.Tests.Approvals
{
    /// <summary>What a suppression made by an approved sink says in build logs and SARIF.</summary>
    public class ApprovedSinkJustificationTests
    {
        private static ApprovedSink Approval(string? approvedBy, string? ticket) => new ApprovedSink(
            "Contoso.Remoting.ServerChannel.Send",
            new[] { "PHI002" },
            "the app's own encrypted channel",
            new DateTime(2027, 6, 30),
            approvedBy,
            ticket,
            new SourcePosition("phiguard.json", 4, 5));

        [Fact]
        public void Justification_names_the_sink_the_approver_the_ticket_and_the_expiry() => Assert.Equal(
            "the app's own encrypted channel (approved sink Contoso.Remoting.ServerChannel.Send, approved by security@contoso.example, ticket SEC-7, until 2027-06-30)",
            ApprovedSinkSuppressions.JustificationOf(Approval("security@contoso.example", "SEC-7")));

        [Fact]
        public void Justification_without_approver_or_ticket_names_the_sink_and_the_expiry() => Assert.Equal(
            "the app's own encrypted channel (approved sink Contoso.Remoting.ServerChannel.Send, until 2027-06-30)",
            ApprovedSinkSuppressions.JustificationOf(Approval(null, null)));

        [Fact]
        public void Suppression_for_an_approval_is_one_the_suppressor_declared_and_carries_its_text()
        {
            var descriptor = ApprovedSinkSuppressions.For("PHI002", Approval(null, "SEC-7"));

            Assert.Contains(descriptor, ApprovedSinkSuppressions.Declared);
            Assert.Equal("PHIA002", descriptor.Id);
            Assert.Equal("PHI002", descriptor.SuppressedDiagnosticId);
            Assert.Equal("the app's own encrypted channel (approved sink Contoso.Remoting.ServerChannel.Send, ticket SEC-7, until 2027-06-30)", descriptor.Justification.ToString());
        }

        [Fact]
        public void Every_leak_rule_has_one_declared_suppression() => Assert.Equal(
            RuleIdentifiers.Exemptible.OrderBy(id => id, StringComparer.Ordinal),
            ApprovedSinkSuppressions.Declared.Select(d => d.SuppressedDiagnosticId).OrderBy(id => id, StringComparer.Ordinal));
    }
}
