using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;

namespace PhiGuard.Analyzers.Tests.Packs
{
    /// <summary>builtin:nz-health: NHI numbers by name and by type, and the records a patient portal shows.</summary>
    public class NzHealthPackTests
    {
        private const string Model = """

            namespace Portal.Records
            {
                public readonly record struct NhiNumber(string Value);

                public class TestResult { public int Id { get; set; } public string Code { get; set; } = ""; public string Value { get; set; } = ""; public string Interpretation { get; set; } = ""; public System.DateTime ReportedAt { get; set; } }

                public class ClinicalNote { public int Id { get; set; } public string Author { get; set; } = ""; public string Text { get; set; } = ""; }

                public class Appointment { public int Id { get; set; } public System.DateTime StartsAt { get; set; } public string Clinic { get; set; } = ""; public string Reason { get; set; } = ""; }

                public class Prescription { public int Id { get; set; } public string Medication { get; set; } = ""; public string Dosage { get; set; } = ""; public int Repeats { get; set; } public System.DateTime IssuedAt { get; set; } }

                public class Registry { public string GetNhi(int patientId) => ""; }
            }
            """;

        private static Task Verify(string body, params DiagnosticResult[] expected) =>
            PackVerifier.VerifyAsync(Policies.Extending("nz-health"), TestReferences.Logging, "using Portal.Records;", body, Model, expected);

        [Theory]
        [InlineData("nhi")]
        [InlineData("patientNhi")]
        [InlineData("NhiNumber")]
        [InlineData("nationalHealthIndex")]
        [InlineData("accClaimNumber")]
        [InlineData("communityServicesCardNumber")]
        [InlineData("diagnosis")]
        [InlineData("medicationName")]
        [InlineData("appointmentReason")]
        public Task Identifier_or_record_is_protected_by_its_name(string name) => PackVerifier.VerifyNameAsync("nz-health", name, isProtected: true);

        [Theory]
        [InlineData("unhide")]
        [InlineData("diagnostics")]
        [InlineData("appointment")]
        [InlineData("reason")]
        [InlineData("clinic")]
        public Task Unrelated_name_is_not_protected(string name) => PackVerifier.VerifyNameAsync("nz-health", name, isProtected: false);

        [Fact]
        public Task Nhi_value_type_and_nhi_method_are_protected_whatever_they_are_called() => Verify("""
            public void Run(NhiNumber key, Registry registry)
            {
                _logger.LogInformation("Key {Key}", {|PHI001:key|});
                _logger.LogInformation("Key {Key}", {|PHI001:key.Value|});
                _logger.LogInformation("Found {Key}", {|PHI001:registry.GetNhi(7)|});
            }
            """);

        [Fact]
        public Task Test_result_values_are_protected_and_its_code_and_dates_are_not() => Verify("""
            public void Run(TestResult result)
            {
                _logger.LogInformation("Result {Value} ({Interpretation})", {|PHI001:result.Value|}, {|PHI001:result.Interpretation|});
                _logger.LogInformation("Result {Id} for {Code} reported {ReportedAt}", result.Id, result.Code, result.ReportedAt);
            }
            """);

        [Fact]
        public Task Clinical_note_text_is_protected_and_its_id_is_not() => Verify("""
            public void Run(ClinicalNote note)
            {
                _logger.LogDebug("Note {Text}", {|PHI001:note.Text|});
                _logger.LogInformation("Note {Id} ({Length} characters)", note.Id, note.Text.Length);
            }
            """);

        [Fact]
        public Task Appointment_reason_is_protected_and_its_time_is_not() => Verify("""
            public void Run(Appointment appointment)
            {
                _logger.LogInformation("Booked for {Reason}", {|PHI001:appointment.Reason|});
                _logger.LogInformation("Appointment {Id} at {StartsAt}", appointment.Id, appointment.StartsAt);
            }
            """);

        [Fact]
        public Task Record_named_after_its_type_is_protected_by_its_type_so_its_id_stays_clean() => Verify("""
            public void Run(Prescription prescription, TestResult testResult, ClinicalNote clinicalNote)
            {
                _logger.LogInformation("Prescription {Id}, result {ResultId}, note {NoteId}", prescription.Id, testResult.Id, clinicalNote.Id);
                _logger.LogInformation("Result {Value}", {|PHI001:testResult.Value|});
            }
            """);

        [Fact]
        public Task Prescribed_medicine_and_dose_are_protected() => Verify("""
            public void Run(Prescription prescription)
            {
                _logger.LogInformation("Dispensing {Medication} {Dosage}", {|PHI001:prescription.Medication|}, {|PHI001:prescription.Dosage|});
                _logger.LogInformation("Prescription {Id} issued {IssuedAt}", prescription.Id, prescription.IssuedAt);
            }
            """);
    }
}
