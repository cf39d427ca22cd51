using System.Linq;
using PhiGuard.Policy.Tests.Support;
using Xunit;

namespace PhiGuard.Policy.Tests.Extends
{
    public class CompositionTests
    {
        private const string Base = """
            {
              "version": 1,
              "name": "org-base",
              "protected": [ { "namespace": "Contoso.Clinical" } ],
              "unprotected": [ { "member": "Contoso.Clinical.Visit.Id" } ],
              "sanitizers": [ "Contoso.Security.Phi.Mask" ],
              "sinks": { "log": [ "Contoso.Audit.Base.Write" ] },
              "rules": { "PHI001": "error", "PHI002": "info" },
              "exemptions": [ { "rule": "PHI003", "scope": "Contoso.Legacy", "justification": "migration", "expires": "2027-01-31" } ]
            }
            """;

        private const string Child = """
            {
              "version": 1,
              "name": "clinic",
              "extends": [ "org/base.json" ],
              "protected": [ { "name": "*ssn*" } ],
              "unprotected": [ { "name": "*Count" } ],
              "sanitizers": [ "Contoso.Clinic.Redact" ],
              "sinks": { "log": [ "Contoso.Audit.Clinic.Write" ], "url": [ "Contoso.Web.Links.Build" ] },
              "rules": { "PHI001": "none" },
              "exemptions": [ { "rule": "PHI001", "scope": "Contoso.Api", "justification": "scrubbed", "expires": "2027-02-28" } ]
            }
            """;

        private static EffectivePolicy LoadChildOfBase()
        {
            var result = new InMemoryPolicyFiles().With("phiguard.json", Child).With("org/base.json", Base).Load("phiguard.json");
            Assert.Empty(result.Problems);
            return result.Policy!;
        }

        [Fact]
        public void Base_entries_come_before_the_extending_policys_entries()
        {
            var policy = LoadChildOfBase();

            Assert.Equal(new[] { "Contoso.Clinical", "*ssn*" }, policy.Protected.Select(s => s.Pattern));
            Assert.Equal(new[] { "Contoso.Clinical.Visit.Id", "*Count" }, policy.Unprotected.Select(s => s.Pattern));
            Assert.Equal(new[] { "Contoso.Security.Phi.Mask", "Contoso.Clinic.Redact" }, policy.Sanitizers.Select(s => s.Name));
            Assert.Equal(new[] { "Contoso.Audit.Base.Write", "Contoso.Audit.Clinic.Write" }, policy.SinksOf(SinkKind.Log).Select(s => s.Name));
            Assert.Equal(new[] { "PHI003", "PHI001" }, policy.Exemptions.Select(e => e.Rule));
        }

        [Fact]
        public void Sink_kinds_from_base_and_child_are_merged()
        {
            var policy = LoadChildOfBase();

            Assert.Equal(new[] { SinkKind.Log, SinkKind.Url }, policy.Sinks.Keys.OrderBy(k => k));
            Assert.Equal("Contoso.Web.Links.Build", Assert.Single(policy.SinksOf(SinkKind.Url)).Name);
        }

        [Fact]
        public void Rule_severity_in_the_extending_policy_overrides_the_base()
        {
            var policy = LoadChildOfBase();

            Assert.Equal(RuleSeverity.None, policy.SeverityOf("PHI001", RuleSeverity.Warning));
            Assert.Equal(InMemoryPolicyFiles.PathOf("phiguard.json"), policy.Rules["PHI001"].Position.Path);
        }

        [Fact]
        public void Rule_severity_only_the_base_sets_is_kept()
        {
            var policy = LoadChildOfBase();

            Assert.Equal(RuleSeverity.Info, policy.SeverityOf("PHI002", RuleSeverity.Warning));
        }

        [Fact]
        public void Later_entry_of_extends_overrides_an_earlier_one()
        {
            var result = new InMemoryPolicyFiles()
                .With("phiguard.json", """{ "version": 1, "extends": [ "strict.json", "lenient.json" ] }""")
                .With("strict.json", """{ "version": 1, "rules": { "PHI005": "error" } }""")
                .With("lenient.json", """{ "version": 1, "rules": { "PHI005": "hidden" } }""")
                .Load("phiguard.json");

            Assert.Equal(RuleSeverity.Hidden, result.Policy!.SeverityOf("PHI005", RuleSeverity.Warning));
        }

        [Fact]
        public void Name_of_the_composed_policy_is_the_extending_policys_name()
        {
            var policy = LoadChildOfBase();

            Assert.Equal("clinic", policy.Name);
            Assert.Equal(InMemoryPolicyFiles.PathOf("phiguard.json"), policy.RootPath);
        }

        [Fact]
        public void Contract_example_policy_loads()
        {
            var files = new InMemoryPolicyFiles()
                .With("org/base.phiguard.json", """{ "version": 1, "name": "contoso-org" }""")
                .With("phiguard.json", """
                    {
                      "$schema": "../policies/phiguard.schema.json",
                      "version": 1,
                      "name": "contoso-clinic",
                      "extends": ["builtin:hipaa-safe-harbor", "org/base.phiguard.json"],
                      "protected": [
                        { "type": "Contoso.Domain.Patient", "category": "demographics", "reason": "HIPAA identifiers" },
                        { "type": "Contoso.Domain.Visit", "members": ["Notes", "Diagnosis"] },
                        { "member": "Contoso.Domain.LabResult.Value" },
                        { "namespace": "Contoso.Clinical" },
                        { "derivedFrom": "Hl7.Fhir.Model.DomainResource" },
                        { "attribute": "Contoso.PhiAttribute" },
                        { "name": "*ssn*" },
                        { "source": "Contoso.Data.PatientReader.ReadNotes" }
                      ],
                      "unprotected": [ { "member": "Contoso.Domain.Patient.Id" } ],
                      "sanitizers": [ "Contoso.Security.Phi.Mask", "System.Security.Cryptography.HashAlgorithm.ComputeHash" ],
                      "sinks": { "log": ["Contoso.Audit.AuditTrail.Write"], "serialize": [], "store": [] },
                      "rules": { "PHI001": "error", "PHI002": "warning", "PHI006": "none" },
                      "exemptions": [
                        { "rule": "PHI002", "scope": "Contoso.Api.FhirController", "justification": "FHIR API answers authorised clients over TLS", "expires": "2027-06-30", "approvedBy": "security@contoso.example" }
                      ]
                    }
                    """);

            var result = files.Load("phiguard.json");

            Assert.Empty(result.Problems);
            var policy = result.Policy!;
            Assert.Equal(new[] { "builtin:hipaa-safe-harbor", InMemoryPolicyFiles.PathOf("org/base.phiguard.json"), InMemoryPolicyFiles.PathOf("phiguard.json") }, policy.Documents.Select(d => d.Path));
            var builtinCount = PolicyLoader.LoadBuiltin("hipaa-safe-harbor").Policy!.Protected.Count;
            Assert.Equal(builtinCount + 8, policy.Protected.Count);
            Assert.Equal(Enumerable.Range(0, 7).Select(i => (SelectorKind)i), policy.Protected.Skip(builtinCount).Select(s => s.Kind).Distinct().OrderBy(k => k));
            Assert.Equal(RuleSeverity.None, policy.SeverityOf("PHI006", RuleSeverity.Warning));
            Assert.Equal("security@contoso.example", Assert.Single(policy.Exemptions).ApprovedBy);
        }
    }
}
