using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;
using static PhiGuard.Analyzers.Tests.Verifiers.ClinicService;

namespace PhiGuard.Analyzers.Tests.Flow
{
    /// <summary>Sanitizers end protection; facts that reveal nothing stay clean; a hash code is not a sanitizer.</summary>
    public class SanitizerTests
    {
        private static Task Verify(string members, params DiagnosticResult[] expected) => VerifyWith(TestReferences.Compliance, members, expected);

        [Fact]
        public Task Redactor_output_is_clean() => Verify("""
            public void Run(Patient patient, Microsoft.Extensions.Compliance.Redaction.Redactor redactor)
            {
                _logger.LogInformation("{Name}", redactor.Redact(patient.Name));
            }
            """);

        [Fact]
        public Task Redactor_provider_redactor_output_is_clean() => Verify("""
            public void Run(Patient patient, Microsoft.Extensions.Compliance.Redaction.IRedactorProvider provider)
            {
                var redactor = provider.GetRedactor(new Microsoft.Extensions.Compliance.Classification.DataClassification("clinic", "phi"));
                var redacted = redactor.Redact(patient.Ssn);
                _logger.LogInformation("{Ssn}", redacted);
            }
            """);

        [Fact]
        public Task Null_redactor_passes_its_input_through_and_sanitizes_nothing() => Verify("""
            public void Run(Patient patient)
            {
                _logger.LogInformation("{Name}", {|PHI001:Microsoft.Extensions.Compliance.Redaction.NullRedactor.Instance.Redact(patient.Name)|});
                Microsoft.Extensions.Compliance.Redaction.Redactor redactor = Microsoft.Extensions.Compliance.Redaction.NullRedactor.Instance;
                _logger.LogInformation("{Ssn}", {|PHI001:redactor.Redact(patient.Ssn)|});
            }
            """);

        [Fact]
        public Task Redactor_of_the_null_redactor_provider_sanitizes_nothing() => Verify("""
            public void Run(Patient patient)
            {
                var redactor = Microsoft.Extensions.Compliance.Redaction.NullRedactorProvider.Instance.GetRedactor(new Microsoft.Extensions.Compliance.Classification.DataClassification("clinic", "phi"));
                _logger.LogInformation("{Ssn}", {|PHI001:redactor.Redact(patient.Ssn)|});
            }
            """);

        [Fact]
        public Task Null_redactor_output_of_an_unprotected_value_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                _logger.LogInformation("{Id}", Microsoft.Extensions.Compliance.Redaction.NullRedactor.Instance.Redact(patient.Id.ToString()));
            }
            """);

        [Fact]
        public Task Redactor_assigned_a_real_redactor_on_some_path_still_sanitizes() => Verify("""
            public void Run(Patient patient, Microsoft.Extensions.Compliance.Redaction.Redactor configured, bool redact)
            {
                var redactor = redact ? configured : Microsoft.Extensions.Compliance.Redaction.NullRedactor.Instance;
                _logger.LogInformation("{Ssn}", redactor.Redact(patient.Ssn));
            }
            """);

        [Fact]
        public Task Data_protector_output_is_clean() => Verify("""
            public void Run(Patient patient, Microsoft.AspNetCore.DataProtection.IDataProtector protector)
            {
                _logger.LogInformation("{Token}", Microsoft.AspNetCore.DataProtection.DataProtectionCommonExtensions.Protect(protector, patient.Ssn));
                _logger.LogInformation("{Bytes}", Convert.ToBase64String(protector.Protect(Encoding.UTF8.GetBytes(patient.Name))));
            }
            """);

        [Fact]
        public Task Hash_output_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                var bytes = Encoding.UTF8.GetBytes(patient.Ssn);
                _logger.LogInformation("{Hash}", Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)));
                using var sha = System.Security.Cryptography.SHA256.Create();
                var digest = sha.ComputeHash(bytes);
                _logger.LogInformation("{Hash}", Convert.ToBase64String(digest));
            }
            """);

        [Fact]
        public Task DPAPI_output_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                var sealedBytes = System.Security.Cryptography.ProtectedData.Protect(Encoding.UTF8.GetBytes(patient.Ssn), null, System.Security.Cryptography.DataProtectionScope.CurrentUser);
                _logger.LogInformation("{Sealed}", Convert.ToBase64String(sealedBytes));
            }
            """);

        [Fact]
        public Task Encoding_is_not_a_sanitizer() => Verify("""
            public void Run(Patient patient)
            {
                var bytes = Encoding.UTF8.GetBytes(patient.Ssn);
                _logger.LogInformation("{Encoded}", {|PHI001:Convert.ToBase64String(bytes)|});
            }
            """);

        [Fact]
        public Task GetHashCode_is_not_a_sanitizer() => Verify("""
            public void Run(Patient patient) => _logger.LogInformation("{Hash}", {|PHI001:patient.Ssn.GetHashCode()|});
            """);

        [Fact]
        public Task Policy_sanitizer_result_is_clean_but_its_input_is_not() => Verify("""
            public void Run(Patient patient)
            {
                var masked = Phi.Mask(patient.Ssn);
                _logger.LogInformation("{Masked} {Raw}", masked, {|PHI001:patient.Ssn|});
            }
            """);

        [Fact]
        public Task Sanitized_value_stays_clean_through_helpers_and_collections() => Verify("""
            public void Run(List<Patient> patients)
            {
                var masked = patients.Select(p => Phi.Mask(p.Name)).ToList();
                _logger.LogInformation("{Masked}", Describe(masked));
            }

            private static string Describe(List<string> values) => string.Join(",", values);
            """);

        [Fact]
        public Task Facts_about_protected_values_are_clean() => Verify("""
            public void Run(Patient patient, List<Visit> visits, string patientSsn)
            {
                _logger.LogInformation("{Length}", patient.Name.Length);
                _logger.LogInformation("{Count}", visits.Count(v => v.Diagnosis.Contains("flu")));
                _logger.LogInformation("{Any}", visits.Any());
                _logger.LogInformation("{Missing}", patient.Ssn == null);
                _logger.LogInformation("{Empty}", string.IsNullOrWhiteSpace(patientSsn));
                _logger.LogInformation("{Same}", patient.Name.Equals("x", StringComparison.Ordinal));
                _logger.LogInformation("{Order}", string.Compare(patient.Name, "m", StringComparison.Ordinal));
                _logger.LogInformation("{Older}", patient.DateOfBirth < new DateTime(1950, 1, 1));
            }
            """);
    }
}
