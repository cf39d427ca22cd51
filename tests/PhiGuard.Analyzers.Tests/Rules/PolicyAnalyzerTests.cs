using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using PhiGuard.Analyzers.Rules;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;
using VerifyCS = PhiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<PhiGuard.Analyzers.Rules.PolicyAnalyzer>;

namespace PhiGuard.Analyzers.Tests.Rules
{
    public class PolicyAnalyzerTests
    {
        private const string Source = "public class C { }";

        private static DiagnosticResult Invalid(string file, int line, int column, string message) =>
            new DiagnosticResult("PHI100", DiagnosticSeverity.Error).WithLocation(file, line, column).WithArguments(message);

        private static Task Verify(string policy, params DiagnosticResult[] expected) =>
            VerifyCS.VerifyAsync(Source, policy, TestReferences.Net, expected);

        [Fact]
        public Task Valid_policy_reports_nothing() => Verify(Policies.Clinic);

        [Fact]
        public Task Unknown_key_is_reported_at_its_line_and_column() => Verify(
            """
            {
              "version": 1,
              "protectd": []
            }
            """,
            Invalid("phiguard.json", 3, 3, "unknown key \"protectd\" in policy; allowed keys: $schema, version, name, extends, protected, unprotected, sanitizers, sinks, rules, exemptions, approvedSinks"));

        [Fact]
        public Task Every_problem_in_the_file_is_reported() => Verify(
            """
            {
              "version": 2,
              "protected": [ { "type": "A.B", "name": "*x*" } ],
              "rules": { "PHI001": "loud" }
            }
            """,
            Invalid("phiguard.json", 2, 14, "\"version\" must be the number 1, found the number 2"),
            Invalid("phiguard.json", 3, 18, "an entry of \"protected\" needs exactly one of \"type\", \"member\", \"namespace\", \"derivedFrom\", \"attribute\", \"name\", \"source\"; found \"type\" and \"name\""),
            Invalid("phiguard.json", 4, 24, "\"loud\" is not a severity; use one of error, warning, info, hidden, none"));

        [Fact]
        public Task Unknown_builtin_pack_is_reported_at_the_extends_entry() => Verify(
            """
            {
              "version": 1,
              "extends": [ "builtin:hipaa" ]
            }
            """,
            Invalid("phiguard.json", 3, 16, "unknown built-in policy \"builtin:hipaa\"; available: " + string.Join(", ", PhiGuard.Policy.BuiltinPolicies.Names.Select(name => "builtin:" + name))));

        [Fact]
        public async Task Extended_file_that_is_not_an_additional_file_is_reported()
        {
            var test = VerifyCS.CreateTest(Source, """{ "version": 1, "extends": [ "org/base.json" ] }""", TestReferences.Net);
            test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("PHI100", DiagnosticSeverity.Error).WithLocation("phiguard.json", 1, 30));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Problem_inside_an_extended_file_is_reported_in_that_file()
        {
            var test = VerifyCS.CreateTest(Source, """{ "version": 1, "extends": [ "base.json" ] }""", TestReferences.Net);
            test.TestState.AdditionalFiles.Add(("base.json", "{\n  \"version\": 1,\n  \"protected\": [ { \"name\": \"\" } ]\n}"));
            test.TestState.ExpectedDiagnostics.Add(Invalid("base.json", 3, 28, "\"name\" must not be empty"));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Expired_exemption_is_an_error_at_its_entry()
        {
            var test = VerifyCS.CreateTest(Source, Exempting("2027-06-30"), TestReferences.Net);
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.PhiGuardToday = 2027-07-01\n"));
            test.TestState.ExpectedDiagnostics.Add(
                new DiagnosticResult("PHI101", DiagnosticSeverity.Error).WithLocation("phiguard.json", 4, 5).WithArguments("PHI002", "Contoso.Api.FhirController", "2027-06-30"));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Exemption_is_valid_through_its_last_day()
        {
            var test = VerifyCS.CreateTest(Source, Exempting("2027-06-30"), TestReferences.Net);
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.PhiGuardToday = 2027-06-30\n"));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Configured_policy_file_that_was_not_passed_is_reported()
        {
            var test = VerifyCS.CreateTest(Source, null, TestReferences.Net);
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.PhiGuardPolicyFile = /repo/missing.json\n"));
            test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("PHI100", DiagnosticSeverity.Error).WithNoLocation()
                .WithArguments("the policy file '/repo/missing.json' (PhiGuardPolicyFile) was not passed to the compiler; check that it exists, or add it as an AdditionalFile"));
            await test.RunAsync(CancellationToken.None);
        }

        private static string Exempting(string expires) => """
            {
              "version": 1,
              "exemptions": [
                { "rule": "PHI002", "scope": "Contoso.Api.FhirController", "justification": "FHIR API answers authorised clients over TLS", "expires": "EXPIRES", "approvedBy": "security@contoso.example" }
              ]
            }
            """.Replace("EXPIRES", expires, System.StringComparison.Ordinal);
    }
}
