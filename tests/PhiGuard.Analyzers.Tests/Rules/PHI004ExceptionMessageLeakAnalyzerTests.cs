using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;
using VerifyCS = PhiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<PhiGuard.Analyzers.Rules.PHI004ExceptionMessageLeakAnalyzer>;

namespace PhiGuard.Analyzers.Tests.Rules
{
    public class PHI004ExceptionMessageLeakAnalyzerTests
    {
        private static Task Verify(string members, params DiagnosticResult[] expected) =>
            VerifyCS.VerifyAsync(ClinicService.Wrap(members), Policies.Clinic, TestReferences.Logging, expected);

        [Fact]
        public Task Interpolated_exception_message_is_reported() => Verify("""
            public void Run(Patient patient) => throw new InvalidOperationException({|PHI004:$"Patient {patient.Name} has no visits"|});
            """);

        [Fact]
        public Task Message_names_symbol_policy_entry_and_exception() => Verify(
            """
            public void Run(Visit visit) => throw new InvalidOperationException("Bad visit: " + visit.Diagnosis);
            """,
            VerifyCS.Diagnostic("PHI004")
                .WithSpan(ClinicService.FirstLine, 69, ClinicService.FirstLine, 100)
                .WithArguments("Visit.Diagnosis", "type \"Clinic.Visit\" member \"Diagnosis\" (phiguard.json:6)", "is put into an exception by new InvalidOperationException"));

        [Fact]
        public Task Exception_message_with_unprotected_values_is_clean() => Verify("""
            public void Run(Patient patient) => throw new InvalidOperationException($"Patient {patient.Id} has no visits");
            """);

        [Fact]
        public Task Argument_exception_message_is_reported_but_its_parameter_name_is_not_data() => Verify("""
            public void Run(Patient patient, string ssn)
            {
                if (patient.Ssn.Length != 9)
                {
                    throw new ArgumentException({|PHI004:"Malformed SSN " + patient.Ssn|}, nameof(ssn));
                }

                throw new ArgumentNullException(nameof(patient), "Patient without a name");
            }
            """);

        [Fact]
        public Task Out_of_range_actual_value_is_printed_in_the_message() => Verify("""
            public void Run(Patient patient) =>
                throw new ArgumentOutOfRangeException(nameof(patient), {|PHI004:patient.DateOfBirth|}, "Date of birth in the future");
            """);

        [Fact]
        public Task Derived_exception_with_message_parameter_is_reported() => Verify("""
            public void Run(Patient patient) => throw new PatientException({|PHI004:$"No record for {patient.Ssn}"|});

            public void Clean(Patient patient) => throw new PatientException($"No record for {patient.Id}");
            }

            public class PatientException : Exception
            {
                public PatientException(string message) : base(message) { }
            """);

        [Fact]
        public Task Exception_whose_constructor_formats_its_argument_is_reported_at_the_call_site() => Verify("""
            public void Run(Patient patient) => throw new PatientNotFoundException({|PHI004:patient.Name|});

            public void Clean(Patient patient) => throw new PatientNotFoundException(patient.Id.ToString());
            }

            public class PatientNotFoundException : Exception
            {
                public PatientNotFoundException(string name) : base($"Patient {name} not found") { }
            """);

        [Fact]
        public Task Protected_data_in_base_constructor_message_is_reported() => Verify("""
            public void Run(Patient patient) => throw new PatientNotFoundException(patient);
            }

            public class PatientNotFoundException : Exception
            {
                public PatientNotFoundException(Patient patient) : base({|PHI004:$"Patient {patient.Ssn} not found"|}) { }

                public PatientNotFoundException(Visit visit) : base({|PHI004:visit.Diagnosis|}) { }
            """);

        [Fact]
        public Task Unprotected_data_in_base_constructor_message_is_clean() => Verify("""
            public void Run(Patient patient) => throw new PatientNotFoundException(patient);
            }

            public class PatientNotFoundException : Exception
            {
                public PatientNotFoundException(Patient patient) : base($"Patient {patient.Id} not found") { }

                public PatientNotFoundException(Visit visit) : this(visit.Diagnosis.Length) { }

                private PatientNotFoundException(int length) : base("Diagnosis of " + length + " letters") { }
            """);

        [Fact]
        public Task Protected_data_in_primary_constructor_base_message_is_reported() => Verify("""
            public void Run(Patient patient) => throw new PatientNotFoundException(patient);
            }

            public class PatientNotFoundException(Patient patient) : Exception({|PHI004:$"Patient {patient.Ssn} not found"|})
            {
            """);

        [Fact]
        public Task Unprotected_data_in_primary_constructor_base_message_is_clean() => Verify("""
            public void Run(Patient patient) => throw new PatientNotFoundException(patient);
            }

            public class PatientNotFoundException(Patient patient) : Exception($"Patient {patient.Id} not found")
            {
            """);

        [Fact]
        public Task Message_built_by_helper_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                var message = Describe(patient);
                throw new KeyNotFoundException({|PHI004:message|});
            }

            private static string Describe(Patient patient) => "Unknown patient " + patient.Name;
            """);

        [Fact]
        public Task Record_printed_into_message_is_reported() => Verify("""
            public void Run(ReferralCard card) => throw new InvalidOperationException({|PHI004:$"Rejected {card}"|});
            """);

        [Fact]
        public Task Exception_data_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                var error = new InvalidOperationException("Lookup failed");
                error.Data["ssn"] = {|PHI004:patient.Ssn|};
                error.Data.Add("name", {|PHI004:patient.Name|});
                error.Data["id"] = patient.Id;
                throw error;
            }
            """);

        [Fact]
        public Task Other_dictionaries_are_not_exception_data() => Verify("""
            public void Run(Patient patient, System.Collections.IDictionary cache)
            {
                cache["ssn"] = patient.Ssn;
                throw new InvalidOperationException("Lookup failed");
            }
            """);

        [Fact]
        public Task Sanitized_message_is_clean() => Verify("""
            public void Run(Patient patient) => throw new InvalidOperationException($"No record for {Phi.Mask(patient.Ssn)}");
            """);

        [Fact]
        public Task Facts_in_message_are_clean() => Verify("""
            public void Run(Patient patient) =>
                throw new InvalidOperationException($"Name too long: {patient.Name.Length} characters, empty: {string.IsNullOrEmpty(patient.Ssn)}");
            """);

        [Fact]
        public Task Inner_exception_argument_is_not_a_message() => Verify("""
            public void Run(Patient patient, Exception inner) => throw new InvalidOperationException("Lookup failed", inner);
            """);
    }
}
