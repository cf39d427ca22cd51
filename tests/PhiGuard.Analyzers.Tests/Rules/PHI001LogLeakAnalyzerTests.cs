using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PhiGuard.Analyzers.Rules;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;
using VerifyCS = PhiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<PhiGuard.Analyzers.Rules.PHI001LogLeakAnalyzer>;

namespace PhiGuard.Analyzers.Tests.Rules
{
    public class PHI001LogLeakAnalyzerTests
    {
        private static Task Verify(string body, params DiagnosticResult[] expected) =>
            VerifyCS.VerifyAsync(ClinicService.Wrap(body), Policies.Clinic, TestReferences.Logging, expected);

        [Fact]
        public Task Protected_member_passed_as_template_argument_is_reported() => Verify("""
            public void Run(Patient patient) => _logger.LogInformation("Patient {Ssn}", {|PHI001:patient.Ssn|});
            """);

        [Fact]
        public Task Message_names_symbol_policy_entry_and_sink() => Verify(
            """
            public void Run(Visit visit) => _logger.LogWarning("Notes {N}", visit.Notes);
            """,
            VerifyCS.Diagnostic("PHI001")
                .WithSpan(ClinicService.FirstLine, 65, ClinicService.FirstLine, 76)
                .WithArguments("Visit.Notes", "type \"Clinic.Visit\" members [Notes, Diagnosis] (phiguard.json:6)", "is written to a log by ILogger.LogWarning"));

        [Fact]
        public Task Unprotected_member_of_protected_type_is_clean() => Verify("""
            public void Run(Patient patient) => _logger.LogInformation("Patient {Id}", patient.Id);
            """);

        [Fact]
        public Task Unlisted_member_of_partly_protected_type_is_clean() => Verify("""
            public void Run(Visit visit) => _logger.LogInformation("Visit {When}", visit.When);
            """);

        [Fact]
        public Task Local_copy_is_followed() => Verify("""
            public void Run(Patient patient)
            {
                var name = patient.Name;
                var copy = name;
                _logger.LogInformation("Patient {Name}", {|PHI001:copy|});
            }
            """);

        [Fact]
        public Task Overwritten_local_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                var text = patient.Name;
                text = "redacted";
                _logger.LogInformation("Patient {Name}", text);
            }
            """);

        [Fact]
        public Task Interpolated_message_is_reported() => Verify("""
            public void Run(Patient patient) => _logger.LogInformation({|PHI001:$"Seen {patient.Name} today"|});
            """);

        [Fact]
        public Task Concatenation_is_reported() => Verify("""
            public void Run(Patient patient) => _logger.LogInformation({|PHI001:"Seen " + patient.Name|});
            """);

        [Fact]
        public Task String_format_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                var line = string.Format("{0} born {1}", patient.Name, patient.DateOfBirth);
                _logger.LogError({|PHI001:line|});
            }
            """);

        [Fact]
        public Task ToString_of_protected_value_is_reported() => Verify("""
            public void Run(Patient patient) => _logger.LogDebug({|PHI001:patient.DateOfBirth.ToString("d")|});
            """);

        [Fact]
        public Task Length_count_and_null_checks_are_clean() => Verify("""
            public void Run(Patient patient, List<Visit> visits)
            {
                _logger.LogInformation("Name has {Length} chars", patient.Name.Length);
                _logger.LogInformation("{Count} visits", visits.Count);
                _logger.LogInformation("Has name: {HasName}", string.IsNullOrEmpty(patient.Name));
                _logger.LogInformation("Adult: {Adult}", patient.DateOfBirth < DateTime.Today.AddYears(-18));
                _logger.LogInformation("Any: {Any}", visits.Any(v => v.Notes == "x"));
            }
            """);

        [Fact]
        public Task Sanitized_value_is_clean() => Verify("""
            public void Run(Patient patient) => _logger.LogInformation("Patient {Ssn}", Phi.Mask(patient.Ssn));
            """);

        [Fact]
        public Task Sanitized_then_concatenated_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                var masked = "ssn:" + Phi.Mask(patient.Ssn);
                _logger.LogInformation(masked);
            }
            """);

        [Fact]
        public Task Name_glob_protects_parameters_and_locals() => Verify("""
            public void Run(string patientSsn, string reference)
            {
                _logger.LogInformation("SSN {Ssn}", {|PHI001:patientSsn|});
                _logger.LogInformation("Ref {Ref}", reference);
            }
            """);

        [Fact]
        public Task Source_method_result_is_protected() => Verify("""
            public void Run(int id) => _logger.LogInformation("Notes {Notes}", {|PHI001:PatientStore.ReadNotes(id)|});
            """);

        [Fact]
        public Task Member_selector_protects_field() => Verify("""
            public void Run(LabResult result)
            {
                _logger.LogInformation("Result {Value}", {|PHI001:result.Value|});
                _logger.LogInformation("Code {Code}", result.Code);
            }
            """);

        [Fact]
        public Task Protected_object_passed_whole_is_reported() => Verify("""
            public void Run(Patient patient) => _logger.LogInformation("Patient {Patient}", {|PHI001:patient|});
            """);

        [Fact]
        public Task Log_method_with_level_is_reported() => Verify("""
            public void Run(Patient patient) => _logger.Log(LogLevel.Information, "Patient {Name}", {|PHI001:patient.Name|});
            """);

        [Fact]
        public Task BeginScope_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                using (_logger.BeginScope("Patient {Name}", {|PHI001:patient.Name|}))
                {
                }
            }
            """);

        [Fact]
        public Task Console_debug_and_trace_are_reported() => Verify("""
            public void Run(Patient patient)
            {
                Console.WriteLine({|PHI001:patient.Name|});
                System.Diagnostics.Debug.WriteLine({|PHI001:patient.Ssn|});
                System.Diagnostics.Trace.TraceInformation({|PHI001:"Name: " + patient.Name|});
                Console.WriteLine("Patient {0}", patient.Id);
            }
            """);

        [Fact]
        public Task Clean_code_stays_clean() => Verify("""
            public void Run(Patient patient, Visit visit)
            {
                _logger.LogInformation("Loaded patient {Id} with visit {VisitId} at {When}", patient.Id, visit.Id, visit.When);
                Console.WriteLine("done");
            }
            """);
    }
}
