using PhiGuard.Policy.Tests.Support;
using Xunit;

namespace PhiGuard.Policy.Tests.Schema
{
    /// <summary>An editor validating with the schema and PhiGuard loading the policy reach the same verdict.</summary>
    public class SchemaAndLoaderAgreementTests
    {
        private const string BasePolicyPath = "org/base.phiguard.json";

        public static TheoryData<string, string> InvalidPolicies() => new TheoryData<string, string>
        {
            { "policy is an array", """[ { "version": 1 } ]""" },
            { "version missing", """{ "name": "x" }""" },
            { "version 2", """{ "version": 2 }""" },
            { "version as a string", """{ "version": "1" }""" },
            { "version 1.5", """{ "version": 1.5 }""" },
            { "unknown top-level key", """{ "version": 1, "owner": "clinic" }""" },
            { "name not a string", """{ "version": 1, "name": 5 }""" },
            { "$schema not a string", """{ "$schema": 1, "version": 1 }""" },
            { "extends not an array", """{ "version": 1, "extends": "builtin:hipaa-safe-harbor" }""" },
            { "extends unknown builtin", """{ "version": 1, "extends": [ "builtin:gdpr" ] }""" },
            { "extends blank entry", """{ "version": 1, "extends": [ " " ] }""" },
            { "extends number", """{ "version": 1, "extends": [ 1 ] }""" },
            { "protected not an array", """{ "version": 1, "protected": { "type": "Contoso.Patient" } }""" },
            { "protected entry a string", """{ "version": 1, "protected": [ "Contoso.Patient" ] }""" },
            { "selector without a selector key", """{ "version": 1, "protected": [ { "category": "x" } ] }""" },
            { "selector with two selector keys", """{ "version": 1, "protected": [ { "type": "Contoso.Patient", "namespace": "Contoso" } ] }""" },
            { "unprotected selector with two keys", """{ "version": 1, "unprotected": [ { "member": "Contoso.Patient.Id", "name": "id" } ] }""" },
            { "unknown key in a selector", """{ "version": 1, "protected": [ { "type": "Contoso.Patient", "why": "x" } ] }""" },
            { "empty type", """{ "version": 1, "protected": [ { "type": "" } ] }""" },
            { "blank namespace", """{ "version": 1, "protected": [ { "namespace": "  " } ] }""" },
            { "type with a double dot", """{ "version": 1, "protected": [ { "type": "Contoso..Patient" } ] }""" },
            { "type with a trailing dot", """{ "version": 1, "protected": [ { "type": "Contoso.Patient." } ] }""" },
            { "type with a space", """{ "version": 1, "protected": [ { "derivedFrom": "Contoso Resource" } ] }""" },
            { "type with angle brackets", """{ "version": 1, "protected": [ { "type": "Contoso.Box<T>" } ] }""" },
            { "attribute not a string", """{ "version": 1, "protected": [ { "attribute": 1 } ] }""" },
            { "member without its type", """{ "version": 1, "protected": [ { "member": "Ssn" } ] }""" },
            { "source without its type", """{ "version": 1, "protected": [ { "source": "ReadNotes" } ] }""" },
            { "name glob like a regex", """{ "version": 1, "protected": [ { "name": ".*ssn.*" } ] }""" },
            { "name glob with anchors", """{ "version": 1, "protected": [ { "name": "^ssn$" } ] }""" },
            { "name glob with a class", """{ "version": 1, "protected": [ { "name": "[Ss]sn" } ] }""" },
            { "name glob matching everything", """{ "version": 1, "protected": [ { "name": "**" } ] }""" },
            { "name glob with a dot", """{ "version": 1, "protected": [ { "name": "patient.ssn" } ] }""" },
            { "empty name glob", """{ "version": 1, "protected": [ { "name": "" } ] }""" },
            { "members on a member selector", """{ "version": 1, "protected": [ { "member": "Contoso.Visit.Notes", "members": [ "Notes" ] } ] }""" },
            { "members on a name selector", """{ "version": 1, "protected": [ { "name": "*ssn*", "members": [ "Ssn" ] } ] }""" },
            { "members alone", """{ "version": 1, "protected": [ { "members": [ "Notes" ] } ] }""" },
            { "members empty", """{ "version": 1, "protected": [ { "type": "Contoso.Visit", "members": [] } ] }""" },
            { "members not an array", """{ "version": 1, "protected": [ { "type": "Contoso.Visit", "members": "Notes" } ] }""" },
            { "members entry qualified", """{ "version": 1, "protected": [ { "type": "Contoso.Visit", "members": [ "Visit.Notes" ] } ] }""" },
            { "members entry empty", """{ "version": 1, "protected": [ { "type": "Contoso.Visit", "members": [ "" ] } ] }""" },
            { "category not a string", """{ "version": 1, "protected": [ { "type": "Contoso.Visit", "category": 3 } ] }""" },
            { "sanitizers not an array", """{ "version": 1, "sanitizers": "Contoso.Phi.Mask" }""" },
            { "sanitizer without its type", """{ "version": 1, "sanitizers": [ "Mask" ] }""" },
            { "sanitizer with parentheses", """{ "version": 1, "sanitizers": [ "Contoso.Phi.Mask()" ] }""" },
            { "sinks an array", """{ "version": 1, "sinks": [] }""" },
            { "unknown sink kind", """{ "version": 1, "sinks": { "email": [] } }""" },
            { "sink without its type", """{ "version": 1, "sinks": { "log": [ "Write" ] } }""" },
            { "sink kind not an array", """{ "version": 1, "sinks": { "url": "Contoso.Links.Build" } }""" },
            { "rules an array", """{ "version": 1, "rules": [ "PHI001" ] }""" },
            { "unknown rule", """{ "version": 1, "rules": { "PHI999": "error" } }""" },
            { "lower-case rule id", """{ "version": 1, "rules": { "phi001": "error" } }""" },
            { "PHI100 in rules", """{ "version": 1, "rules": { "PHI100": "none" } }""" },
            { "unknown severity", """{ "version": 1, "rules": { "PHI001": "fatal" } }""" },
            { "capitalised severity", """{ "version": 1, "rules": { "PHI001": "Error" } }""" },
            { "severity a number", """{ "version": 1, "rules": { "PHI001": 2 } }""" },
            { "exemptions an object", """{ "version": 1, "exemptions": {} }""" },
            { "exemption a string", """{ "version": 1, "exemptions": [ "PHI001" ] }""" },
            { "exemption without rule", """{ "version": 1, "exemptions": [ { "scope": "Contoso.Api", "justification": "j", "expires": "2027-06-30" } ] }""" },
            { "exemption without scope", """{ "version": 1, "exemptions": [ { "rule": "PHI001", "justification": "j", "expires": "2027-06-30" } ] }""" },
            { "exemption without justification", """{ "version": 1, "exemptions": [ { "rule": "PHI001", "scope": "Contoso.Api", "expires": "2027-06-30" } ] }""" },
            { "exemption without expiry", """{ "version": 1, "exemptions": [ { "rule": "PHI001", "scope": "Contoso.Api", "justification": "j" } ] }""" },
            { "exemption of PHI101", """{ "version": 1, "exemptions": [ { "rule": "PHI101", "scope": "Contoso.Api", "justification": "j", "expires": "2027-06-30" } ] }""" },
            { "exemption with an unknown key", """{ "version": 1, "exemptions": [ { "rule": "PHI001", "scope": "Contoso.Api", "justification": "j", "expires": "2027-06-30", "owner": "x" } ] }""" },
            { "exemption with a blank justification", """{ "version": 1, "exemptions": [ { "rule": "PHI001", "scope": "Contoso.Api", "justification": " ", "expires": "2027-06-30" } ] }""" },
            { "exemption scope with a space", """{ "version": 1, "exemptions": [ { "rule": "PHI001", "scope": "Contoso Api", "justification": "j", "expires": "2027-06-30" } ] }""" },
            { "exemption date day first", """{ "version": 1, "exemptions": [ { "rule": "PHI001", "scope": "Contoso.Api", "justification": "j", "expires": "30-06-2027" } ] }""" },
            { "exemption date unpadded", """{ "version": 1, "exemptions": [ { "rule": "PHI001", "scope": "Contoso.Api", "justification": "j", "expires": "2027-6-30" } ] }""" },
            { "exemption date with a time", """{ "version": 1, "exemptions": [ { "rule": "PHI001", "scope": "Contoso.Api", "justification": "j", "expires": "2027-06-30T12:00" } ] }""" },
            { "exemption approver a number", """{ "version": 1, "exemptions": [ { "rule": "PHI001", "scope": "Contoso.Api", "justification": "j", "expires": "2027-06-30", "approvedBy": 7 } ] }""" },
            { "approvedSinks an object", """{ "version": 1, "approvedSinks": {} }""" },
            { "approved sink a string", """{ "version": 1, "approvedSinks": [ "Contoso.Remoting.ServerChannel.Send" ] }""" },
            { "approved sink without sink", """{ "version": 1, "approvedSinks": [ { "justification": "j", "expires": "2027-06-30" } ] }""" },
            { "approved sink without justification", """{ "version": 1, "approvedSinks": [ { "sink": "Contoso.Channel.Send", "expires": "2027-06-30" } ] }""" },
            { "approved sink without expiry", """{ "version": 1, "approvedSinks": [ { "sink": "Contoso.Channel.Send", "justification": "j" } ] }""" },
            { "approved sink with a blank justification", """{ "version": 1, "approvedSinks": [ { "sink": "Contoso.Channel.Send", "justification": "  ", "expires": "2027-06-30" } ] }""" },
            { "approved sink date day first", """{ "version": 1, "approvedSinks": [ { "sink": "Contoso.Channel.Send", "justification": "j", "expires": "30-06-2027" } ] }""" },
            { "approved sink with an unknown key", """{ "version": 1, "approvedSinks": [ { "sink": "Contoso.Channel.Send", "justification": "j", "expires": "2027-06-30", "scope": "Contoso" } ] }""" },
            { "approved sink without its type", """{ "version": 1, "approvedSinks": [ { "sink": "Send", "justification": "j", "expires": "2027-06-30" } ] }""" },
            { "approved sink as a regex", """{ "version": 1, "approvedSinks": [ { "sink": "Contoso\\..*", "justification": "j", "expires": "2027-06-30" } ] }""" },
            { "approved sink rules empty", """{ "version": 1, "approvedSinks": [ { "sink": "Contoso.Channel.Send", "rules": [], "justification": "j", "expires": "2027-06-30" } ] }""" },
            { "approved sink rules a string", """{ "version": 1, "approvedSinks": [ { "sink": "Contoso.Channel.Send", "rules": "PHI002", "justification": "j", "expires": "2027-06-30" } ] }""" },
            { "approved sink rule PHI101", """{ "version": 1, "approvedSinks": [ { "sink": "Contoso.Channel.Send", "rules": [ "PHI101" ], "justification": "j", "expires": "2027-06-30" } ] }""" },
            { "approved sink rule star", """{ "version": 1, "approvedSinks": [ { "sink": "Contoso.Channel.Send", "rules": [ "*" ], "justification": "j", "expires": "2027-06-30" } ] }""" },
        };

        public static TheoryData<string, string> ValidPolicies() => new TheoryData<string, string>
        {
            { "only the version", """{ "version": 1 }""" },
            { "schema reference and name", """{ "$schema": "../policies/phiguard.schema.json", "version": 1, "name": "contoso-clinic" }""" },
            { "empty lists", """{ "version": 1, "extends": [], "protected": [], "unprotected": [], "sanitizers": [], "sinks": {}, "rules": {}, "exemptions": [], "approvedSinks": [] }""" },
            { "extends a builtin and a file", """{ "version": 1, "extends": [ "builtin:hipaa-safe-harbor", "org/base.phiguard.json" ] }""" },
            { "type", """{ "version": 1, "protected": [ { "type": "Contoso.Domain.Patient", "category": "demographics", "reason": "HIPAA identifiers" } ] }""" },
            { "type with members", """{ "version": 1, "protected": [ { "type": "Contoso.Domain.Visit", "members": [ "Notes", "Diagnosis", "Lab*" ] } ] }""" },
            { "generic and nested types", """{ "version": 1, "protected": [ { "type": "Contoso.Box`1" }, { "type": "Contoso.Outer+Inner" }, { "derivedFrom": "Contoso.Outer.Inner" } ] }""" },
            { "non-ASCII names", """{ "version": 1, "protected": [ { "type": "Contoso.Überweisung" }, { "name": "*geburtsdatum*" } ] }""" },
            { "wildcards in qualified names", """{ "version": 1, "protected": [ { "namespace": "Contoso.*.Clinical" }, { "member": "Contoso.Patient.Ssn?" } ] }""" },
            { "member", """{ "version": 1, "protected": [ { "member": "Contoso.Domain.LabResult.Value" } ] }""" },
            { "namespace", """{ "version": 1, "protected": [ { "namespace": "Contoso" } ] }""" },
            { "derivedFrom", """{ "version": 1, "protected": [ { "derivedFrom": "Hl7.Fhir.Model.DomainResource" } ] }""" },
            { "attribute", """{ "version": 1, "protected": [ { "attribute": "Contoso.PhiAttribute" } ] }""" },
            { "name", """{ "version": 1, "protected": [ { "name": "*ssn*" }, { "name": "mrn?" }, { "name": "date_of_birth" } ] }""" },
            { "source", """{ "version": 1, "protected": [ { "source": "Contoso.Data.PatientReader.ReadNotes" } ] }""" },
            { "unprotected", """{ "version": 1, "unprotected": [ { "member": "Contoso.Domain.Patient.Id" }, { "name": "*Count" } ] }""" },
            { "sanitizers", """{ "version": 1, "sanitizers": [ "Contoso.Security.Phi.Mask", "System.Security.Cryptography.HashAlgorithm.ComputeHash" ] }""" },
            { "every sink kind", """{ "version": 1, "sinks": { "log": [ "Contoso.Audit.Write" ], "serialize": [], "store": [ "Contoso.Files.Save" ], "exception": [], "telemetry": [ "Contoso.Metrics.Tag" ], "url": [ "Contoso.Links.Build" ] } }""" },
            { "every rule and severity", """{ "version": 1, "rules": { "PHI001": "error", "PHI002": "warning", "PHI003": "info", "PHI004": "hidden", "PHI005": "none", "PHI006": "error", "PHI101": "warning", "PHI102": "none" } }""" },
            { "exemption with the required keys", """{ "version": 1, "exemptions": [ { "rule": "PHI002", "scope": "Contoso.Api.FhirController", "justification": "TLS only", "expires": "2027-06-30" } ] }""" },
            { "exemption with every key", """{ "version": 1, "exemptions": [ { "rule": "*", "scope": "Contoso.Legacy.*", "justification": "migration", "expires": "2026-02-28", "approvedBy": "security@contoso.example", "ticket": "SEC-42" } ] }""" },
            { "approved sink with the required keys", """{ "version": 1, "approvedSinks": [ { "sink": "Contoso.Remoting.ServerChannel.Send", "justification": "encrypted channel", "expires": "2027-06-30" } ] }""" },
            { "approved sink with every key", """{ "version": 1, "approvedSinks": [ { "sink": "Contoso.Claims.ClearinghouseExport.Write*", "rules": [ "PHI002", "PHI003" ], "justification": "export volume", "expires": "2027-03-31", "approvedBy": "security@contoso.example", "ticket": "SEC-7" } ] }""" },
        };

        private static (bool SchemaAccepts, bool LoaderAccepts, string Details) Judge(string policy)
        {
            var schemaErrors = PolicySchema.Validate(policy);
            var result = new InMemoryPolicyFiles()
                .With(BasePolicyPath, """{ "version": 1 }""")
                .With("phiguard.json", policy)
                .Load("phiguard.json");
            var details = "schema: " + string.Join("; ", schemaErrors) + "\nloader: " + string.Join("; ", result.Problems);
            return (schemaErrors.Count == 0, result.Succeeded, details);
        }

        [Theory]
        [MemberData(nameof(InvalidPolicies))]
        public void Invalid_policy_is_rejected_by_schema_and_loader(string description, string policy)
        {
            var (schemaAccepts, loaderAccepts, details) = Judge(policy);

            Assert.False(schemaAccepts, description + ": the schema accepts it\n" + details);
            Assert.False(loaderAccepts, description + ": the loader accepts it\n" + details);
        }

        [Theory]
        [MemberData(nameof(ValidPolicies))]
        public void Valid_policy_is_accepted_by_schema_and_loader(string description, string policy)
        {
            var (schemaAccepts, loaderAccepts, details) = Judge(policy);

            Assert.True(schemaAccepts, description + ": the schema rejects it\n" + details);
            Assert.True(loaderAccepts, description + ": the loader rejects it\n" + details);
        }
    }
}
