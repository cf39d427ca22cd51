using System.Threading.Tasks;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;
using static PhiGuard.Analyzers.Tests.Verifiers.ExemptionVerifier;

namespace PhiGuard.Analyzers.Tests.Exemptions
{
    public class ExemptionSuppressorTests
    {
        private const string Today = "2027-01-15";

        /// <summary>The same leak in a controller (nested namespace, nested type, accessor, lambda) and in a job elsewhere.</summary>
        private const string Source = """
            using System;
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;
            using Clinic;

            namespace Contoso.Api.Fhir
            {
                public class FhirController
                {
                    private readonly ILogger _logger;
                    public FhirController(ILogger logger) => _logger = logger;

                    public void Get(Patient patient) => _logger.LogInformation("Read {Name}", {|#0:patient.Name|});

                    public void Post(Patient patient) => _logger.LogInformation("Wrote {Name}", {|#1:patient.Name|});

                    public Patient Current
                    {
                        set => _logger.LogInformation("Current {Name}", {|#2:value.Name|});
                    }

                    public void Each(List<Patient> patients) => patients.ForEach(p => _logger.LogInformation("Each {Name}", {|#3:p.Name|}));

                    public class Paging
                    {
                        public static void Page(ILogger logger, Patient patient) => logger.LogInformation("Page {Name}", {|#4:patient.Name|});
                    }
                }
            }

            namespace Contoso.Jobs
            {
                public class NightlyExport
                {
                    public static void Run(ILogger logger, Patient patient) => logger.LogInformation("Export {Name}", {|#5:patient.Name|});
                }
            }
            """ + Policies.Model;

        private static string Exempting(string rule, string scope, string expires = "2027-06-30") => """
            {
              "version": 1,
              "protected": [ { "type": "Clinic.Patient" } ],
              "exemptions": [
                { "rule": "RULE", "scope": "SCOPE", "justification": "migration of the FHIR API", "expires": "EXPIRES", "approvedBy": "security@contoso.example", "ticket": "SEC-123" }
              ]
            }
            """.Replace("RULE", rule, System.StringComparison.Ordinal).Replace("SCOPE", scope, System.StringComparison.Ordinal).Replace("EXPIRES", expires, System.StringComparison.Ordinal);

        [Fact]
        public Task Type_scope_suppresses_findings_in_its_members_accessors_lambdas_and_nested_types() => VerifyAsync(
            Source,
            Exempting("PHI001", "Contoso.Api.Fhir.FhirController"),
            Today,
            Suppressed(0), Suppressed(1), Suppressed(2), Suppressed(3), Suppressed(4), Reported(5));

        [Fact]
        public Task Namespace_scope_covers_the_namespaces_under_it() => VerifyAsync(
            Source,
            Exempting("PHI001", "Contoso.Api"),
            Today,
            Suppressed(0), Suppressed(1), Suppressed(2), Suppressed(3), Suppressed(4), Reported(5));

        [Fact]
        public Task Member_scope_covers_only_that_member() => VerifyAsync(
            Source,
            Exempting("PHI001", "Contoso.Api.Fhir.FhirController.Get"),
            Today,
            Suppressed(0), Reported(1), Reported(2), Reported(3), Reported(4), Reported(5));

        [Fact]
        public Task Property_scope_covers_its_accessors() => VerifyAsync(
            Source,
            Exempting("PHI001", "Contoso.Api.Fhir.FhirController.Current"),
            Today,
            Reported(0), Reported(1), Suppressed(2), Reported(3), Reported(4), Reported(5));

        [Fact]
        public Task Nested_type_written_with_plus_is_a_scope() => VerifyAsync(
            Source,
            Exempting("PHI001", "Contoso.Api.Fhir.FhirController+Paging"),
            Today,
            Reported(0), Reported(1), Reported(2), Reported(3), Suppressed(4), Reported(5));

        [Fact]
        public Task Glob_scope_matches_any_namespace_in_its_place() => VerifyAsync(
            Source,
            Exempting("PHI001", "Contoso.*.FhirController"),
            Today,
            Suppressed(0), Suppressed(1), Suppressed(2), Suppressed(3), Suppressed(4), Reported(5));

        [Fact]
        public Task Glob_scope_covers_every_member_and_nested_type_it_matches() => VerifyAsync(
            Source,
            Exempting("PHI001", "Contoso.Api.Fhir.FhirController.P*"),
            Today,
            Reported(0), Suppressed(1), Reported(2), Reported(3), Suppressed(4), Reported(5));

        [Fact]
        public Task Scope_must_be_a_whole_name_not_a_prefix() => VerifyAsync(
            Source,
            Exempting("PHI001", "Contoso.Api.Fh"),
            Today,
            Reported(0), Reported(1), Reported(2), Reported(3), Reported(4), Reported(5));

        [Fact]
        public Task Star_rule_covers_every_leak_rule() => VerifyAsync(
            Source,
            Exempting("*", "Contoso.Jobs"),
            Today,
            Reported(0), Reported(1), Reported(2), Reported(3), Reported(4), Suppressed(5));

        [Fact]
        public Task Exemption_of_another_rule_does_not_suppress() => VerifyAsync(
            Source,
            Exempting("PHI002", "Contoso"),
            Today,
            Reported(0), Reported(1), Reported(2), Reported(3), Reported(4), Reported(5));

        [Fact]
        public Task Exemption_suppresses_through_its_last_day() => VerifyAsync(
            Source,
            Exempting("PHI001", "Contoso.Jobs", expires: "2027-01-15"),
            Today,
            Reported(0), Reported(1), Reported(2), Reported(3), Reported(4), Suppressed(5));

        [Fact]
        public Task Expired_exemption_no_longer_suppresses() => VerifyAsync(
            Source,
            Exempting("PHI001", "Contoso.Jobs", expires: "2027-01-14"),
            Today,
            Reported(0), Reported(1), Reported(2), Reported(3), Reported(4), Reported(5));

        [Fact]
        public Task Of_several_exemptions_only_the_unexpired_apply() => VerifyAsync(
            Source,
            """
            {
              "version": 1,
              "protected": [ { "type": "Clinic.Patient" } ],
              "exemptions": [
                { "rule": "PHI001", "scope": "Contoso.Jobs.NightlyExport.Run", "justification": "export log is encrypted at rest", "expires": "2027-06-30" },
                { "rule": "PHI001", "scope": "Contoso.Api.Fhir.FhirController.Get", "justification": "read audit", "expires": "2026-12-31" }
              ]
            }
            """,
            Today,
            Reported(0), Reported(1), Reported(2), Reported(3), Reported(4), Suppressed(5));
    }
}
