using System;
using System.Linq;
using PhiGuard.Analyzers.Diagnostics;
using PhiGuard.Policy;
using Xunit;

namespace PhiGuard.Analyzers.Tests.Exemptions
{
    /// <summary>What a suppression made by an exemption says in build logs and SARIF.</summary>
    public class ExemptionJustificationTests
    {
        private static Exemption Exemption(string? approvedBy, string? ticket) => new Exemption(
            "PHI002",
            "Contoso.Api.FhirController",
            "FHIR API answers authorised clients over TLS",
            new DateTime(2027, 6, 30),
            approvedBy,
            ticket,
            new SourcePosition("phiguard.json", 4, 5));

        [Fact]
        public void Justification_names_the_approver_the_ticket_and_the_expiry() => Assert.Equal(
            "FHIR API answers authorised clients over TLS (approved by security@contoso.example, ticket SEC-123, until 2027-06-30)",
            ExemptionSuppressions.JustificationOf(Exemption("security@contoso.example", "SEC-123")));

        [Fact]
        public void Justification_without_approver_or_ticket_names_the_expiry() => Assert.Equal(
            "FHIR API answers authorised clients over TLS (until 2027-06-30)",
            ExemptionSuppressions.JustificationOf(Exemption(null, " ")));

        [Fact]
        public void Suppression_for_an_exemption_is_one_the_suppressor_declared_and_carries_its_text()
        {
            var descriptor = ExemptionSuppressions.For("PHI002", Exemption("security@contoso.example", null));

            Assert.Contains(descriptor, ExemptionSuppressions.Declared);
            Assert.Equal("PHIX002", descriptor.Id);
            Assert.Equal("PHI002", descriptor.SuppressedDiagnosticId);
            Assert.Equal("FHIR API answers authorised clients over TLS (approved by security@contoso.example, until 2027-06-30)", descriptor.Justification.ToString());
        }

        [Fact]
        public void Every_leak_rule_has_one_declared_suppression() => Assert.Equal(
            RuleIdentifiers.Exemptible.OrderBy(id => id, StringComparer.Ordinal),
            ExemptionSuppressions.Declared.Select(d => d.SuppressedDiagnosticId).OrderBy(id => id, StringComparer.Ordinal));
    }
}
