using System;
using System.Linq;
using PhiGuard.Policy.Tests.Support;
using Xunit;

namespace PhiGuard.Policy.Tests.Loading
{
    public class PolicySectionLoadingTests
    {
        [Fact]
        public void Smallest_policy_is_just_the_version()
        {
            var policy = PolicyAssert.Loads("""{ "version": 1 }""");

            Assert.Null(policy.Name);
            Assert.Empty(policy.Protected);
            Assert.Empty(policy.Unprotected);
            Assert.Empty(policy.Sanitizers);
            Assert.Empty(policy.Sinks);
            Assert.Empty(policy.Rules);
            Assert.Empty(policy.Exemptions);
            Assert.Empty(policy.ApprovedSinks);
            Assert.Equal(PolicyAssert.RootPath, policy.RootPath);
        }

        [Fact]
        public void Name_and_schema_reference_are_accepted()
        {
            var policy = PolicyAssert.Loads("""
                { "$schema": "../policies/phiguard.schema.json", "version": 1, "name": "contoso-clinic" }
                """);

            Assert.Equal("contoso-clinic", policy.Name);
        }

        [Fact]
        public void Sanitizers_load_in_order()
        {
            var policy = PolicyAssert.Loads("""
                { "version": 1, "sanitizers": [ "Contoso.Security.Phi.Mask", "System.Security.Cryptography.HashAlgorithm.ComputeHash" ] }
                """);

            Assert.Equal(
                new[] { "Contoso.Security.Phi.Mask", "System.Security.Cryptography.HashAlgorithm.ComputeHash" },
                policy.Sanitizers.Select(s => s.Name));
        }

        [Theory]
        [InlineData("log", SinkKind.Log)]
        [InlineData("serialize", SinkKind.Serialize)]
        [InlineData("store", SinkKind.Store)]
        [InlineData("exception", SinkKind.Exception)]
        [InlineData("telemetry", SinkKind.Telemetry)]
        [InlineData("url", SinkKind.Url)]
        public void Each_sink_kind_loads_its_methods(string key, SinkKind kind)
        {
            var policy = PolicyAssert.Loads("{ \"version\": 1, \"sinks\": { \"" + key + "\": [ \"Contoso.Audit.AuditTrail.Write\" ] } }");

            Assert.Equal("Contoso.Audit.AuditTrail.Write", Assert.Single(policy.SinksOf(kind)).Name);
            Assert.Equal(kind, Assert.Single(policy.Sinks).Key);
        }

        [Fact]
        public void Sink_kinds_the_policy_does_not_name_have_no_methods()
        {
            var policy = PolicyAssert.Loads("""{ "version": 1, "sinks": { "log": [], "store": [ "Contoso.Files.Save" ] } }""");

            Assert.Empty(policy.SinksOf(SinkKind.Log));
            Assert.Empty(policy.SinksOf(SinkKind.Url));
            Assert.Single(policy.SinksOf(SinkKind.Store));
        }

        [Theory]
        [InlineData("error", RuleSeverity.Error)]
        [InlineData("warning", RuleSeverity.Warning)]
        [InlineData("info", RuleSeverity.Info)]
        [InlineData("hidden", RuleSeverity.Hidden)]
        [InlineData("none", RuleSeverity.None)]
        public void Each_severity_loads(string text, RuleSeverity severity)
        {
            var policy = PolicyAssert.Loads("{ \"version\": 1, \"rules\": { \"PHI001\": \"" + text + "\" } }");

            Assert.Equal(severity, policy.SeverityOf("PHI001", RuleSeverity.Warning));
        }

        [Theory]
        [InlineData("PHI001")]
        [InlineData("PHI002")]
        [InlineData("PHI003")]
        [InlineData("PHI004")]
        [InlineData("PHI005")]
        [InlineData("PHI006")]
        [InlineData("PHI101")]
        [InlineData("PHI102")]
        public void Every_configurable_rule_can_be_given_a_severity(string ruleId)
        {
            var policy = PolicyAssert.Loads("{ \"version\": 1, \"rules\": { \"" + ruleId + "\": \"error\" } }");

            Assert.Equal(RuleSeverity.Error, policy.SeverityOf(ruleId, RuleSeverity.Warning));
            Assert.Contains(ruleId, RuleIdentifiers.Configurable);
        }

        [Fact]
        public void Rule_the_policy_does_not_mention_keeps_the_fallback_severity()
        {
            var policy = PolicyAssert.Loads("""{ "version": 1, "rules": { "PHI001": "error" } }""");

            Assert.Equal(RuleSeverity.Info, policy.SeverityOf("PHI002", RuleSeverity.Info));
        }

        [Fact]
        public void Exemption_with_only_the_required_keys_loads()
        {
            var policy = PolicyAssert.Loads("""
                {
                  "version": 1,
                  "exemptions": [
                    { "rule": "PHI002", "scope": "Contoso.Api.FhirController", "justification": "FHIR API over TLS", "expires": "2027-06-30" }
                  ]
                }
                """);

            var exemption = Assert.Single(policy.Exemptions);
            Assert.Equal("PHI002", exemption.Rule);
            Assert.Equal("Contoso.Api.FhirController", exemption.Scope);
            Assert.Equal("FHIR API over TLS", exemption.Justification);
            Assert.Equal(new DateTime(2027, 6, 30), exemption.Expires);
            Assert.Null(exemption.ApprovedBy);
            Assert.Null(exemption.Ticket);
            Assert.Equal((4, 5), (exemption.Position.Line, exemption.Position.Column));
        }

        [Fact]
        public void Approved_sink_with_only_the_required_keys_approves_every_leak_rule()
        {
            var policy = PolicyAssert.Loads("""
                {
                  "version": 1,
                  "approvedSinks": [
                    { "sink": "Contoso.Claims.ClearinghouseExport.Write*", "justification": "claim files go to the encrypted export volume", "expires": "2027-03-31" }
                  ]
                }
                """);

            var approved = Assert.Single(policy.ApprovedSinks);
            Assert.Equal("Contoso.Claims.ClearinghouseExport.Write*", approved.Sink);
            Assert.Empty(approved.Rules);
            Assert.All(RuleIdentifiers.Exemptible, rule => Assert.True(approved.AppliesToRule(rule)));
            Assert.Equal("claim files go to the encrypted export volume", approved.Justification);
            Assert.Equal(new DateTime(2027, 3, 31), approved.Expires);
            Assert.Null(approved.ApprovedBy);
            Assert.Null(approved.Ticket);
            Assert.Equal((4, 5), (approved.Position.Line, approved.Position.Column));
        }

        [Fact]
        public void Approved_sink_keeps_its_rules_approver_and_ticket()
        {
            var policy = PolicyAssert.Loads("""
                {
                  "version": 1,
                  "approvedSinks": [
                    { "sink": "Contoso.Remoting.ServerChannel.Send", "rules": ["PHI002"], "justification": "encrypted channel", "expires": "2027-06-30", "approvedBy": "security@contoso.example", "ticket": "SEC-7" }
                  ]
                }
                """);

            var approved = Assert.Single(policy.ApprovedSinks);
            Assert.Equal(new[] { "PHI002" }, approved.Rules);
            Assert.True(approved.AppliesToRule("PHI002"));
            Assert.False(approved.AppliesToRule("PHI001"));
            Assert.Equal("security@contoso.example", approved.ApprovedBy);
            Assert.Equal("SEC-7", approved.Ticket);
            Assert.False(approved.IsExpiredOn(new DateTime(2027, 6, 30)));
            Assert.True(approved.IsExpiredOn(new DateTime(2027, 7, 1)));
        }

        [Fact]
        public void Exemption_keeps_approver_and_ticket()
        {
            var policy = PolicyAssert.Loads("""
                {
                  "version": 1,
                  "exemptions": [
                    { "rule": "*", "scope": "Contoso.Legacy.*", "justification": "migration", "expires": "2026-01-31", "approvedBy": "security@contoso.example", "ticket": "SEC-42" }
                  ]
                }
                """);

            var exemption = Assert.Single(policy.Exemptions);
            Assert.Equal("security@contoso.example", exemption.ApprovedBy);
            Assert.Equal("SEC-42", exemption.Ticket);
        }

        [Fact]
        public void Exemption_for_one_rule_applies_to_that_rule_only()
        {
            var exemption = new Exemption("PHI002", "Contoso.Api", "j", new DateTime(2027, 6, 30), null, null, default);

            Assert.True(exemption.AppliesToRule("PHI002"));
            Assert.False(exemption.AppliesToRule("PHI001"));
        }

        [Fact]
        public void Exemption_for_star_applies_to_every_rule()
        {
            var exemption = new Exemption("*", "Contoso.Api", "j", new DateTime(2027, 6, 30), null, null, default);

            Assert.True(exemption.AppliesToRule("PHI001"));
            Assert.True(exemption.AppliesToRule("PHI006"));
        }

        [Fact]
        public void Exemption_is_in_force_on_its_expiry_date_and_expired_the_day_after()
        {
            var exemption = new Exemption("PHI002", "Contoso.Api", "j", new DateTime(2027, 6, 30), null, null, default);

            Assert.False(exemption.IsExpiredOn(new DateTime(2027, 6, 30, 23, 59, 0)));
            Assert.True(exemption.IsExpiredOn(new DateTime(2027, 7, 1)));
        }
    }
}
