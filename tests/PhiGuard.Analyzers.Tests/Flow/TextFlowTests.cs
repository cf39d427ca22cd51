using System.Threading.Tasks;
using Xunit;
using static PhiGuard.Analyzers.Tests.Verifiers.ClinicService;

namespace PhiGuard.Analyzers.Tests.Flow
{
    /// <summary>Protected values followed into text: formatting, builders, ToString and character buffers.</summary>
    public class TextFlowTests
    {
        [Fact]
        public Task Interpolation_of_unprotected_values_is_clean() => Verify("""
            public void Run(Patient patient) => _logger.LogInformation($"Seen patient {patient.Id} at {DateTime.Now}");
            """);

        [Fact]
        public Task Concatenation_of_unprotected_values_is_clean() => Verify("""
            public void Run(Patient patient) => _logger.LogInformation("Seen patient " + patient.Id);
            """);

        [Fact]
        public Task String_format_of_unprotected_values_is_clean() => Verify("""
            public void Run(Patient patient) => _logger.LogInformation(string.Format("Seen {0}", patient.Id));
            """);

        [Fact]
        public Task String_concat_is_reported() => Verify("""
            public void Run(Patient patient) => _logger.LogInformation({|PHI001:string.Concat("Seen ", patient.Name)|});
            """);

        [Fact]
        public Task String_concat_of_unprotected_values_is_clean() => Verify("""
            public void Run(Patient patient) => _logger.LogInformation(string.Concat("Seen ", patient.Id.ToString()));
            """);

        [Fact]
        public Task String_join_of_protected_values_is_reported() => Verify("""
            public void Run(List<Patient> patients)
            {
                var names = string.Join(", ", patients.Select(p => p.Name));
                _logger.LogInformation("Seen {Names}", {|PHI001:names|});
            }
            """);

        [Fact]
        public Task String_join_of_unprotected_values_is_clean() => Verify("""
            public void Run(List<Patient> patients)
            {
                var ids = string.Join(", ", patients.Select(p => p.Id));
                _logger.LogInformation("Seen {Ids}", ids);
            }
            """);

        [Fact]
        public Task StringBuilder_append_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                var builder = new StringBuilder();
                builder.Append("Patient ");
                builder.AppendLine(patient.Name);
                _logger.LogInformation({|PHI001:builder.ToString()|});
            }
            """);

        [Fact]
        public Task StringBuilder_fluent_chain_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                var text = new StringBuilder().Append("Patient ").AppendFormat("{0}", patient.Ssn).ToString();
                _logger.LogInformation({|PHI001:text|});
            }
            """);

        [Fact]
        public Task StringBuilder_of_unprotected_values_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                var builder = new StringBuilder();
                builder.Append("Patient ").Append(patient.Id);
                _logger.LogInformation(builder.ToString());
            }
            """);

        [Fact]
        public Task StringBuilder_chain_on_a_local_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                var builder = new StringBuilder();
                builder.Append("Patient ").Append(patient.Ssn);
                _logger.LogInformation({|PHI001:builder.ToString()|});
                var lines = new StringBuilder();
                lines.Append("a").AppendLine(patient.Name).Append("b");
                Console.WriteLine({|PHI001:lines.ToString()|});
            }
            """);

        [Fact]
        public Task StringBuilder_chain_of_unprotected_values_on_a_local_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                var lines = new StringBuilder();
                lines.Append("a").AppendLine(patient.Id.ToString()).Append(patient.Name.Length);
                Console.WriteLine(lines.ToString());
            }
            """);

        [Fact]
        public Task StringBuilder_cleared_and_refilled_in_one_chain_is_reported() => Verify("""
            public void Run(Patient patient, StringBuilder builder)
            {
                builder.Clear().Append("Patient ").Append(patient.Ssn);
                _logger.LogInformation({|PHI001:builder.ToString()|});
                var trimmed = new StringBuilder("x");
                trimmed.Remove(0, 1).AppendLine(patient.Name);
                Console.WriteLine({|PHI001:trimmed.ToString()|});
            }
            """);

        [Fact]
        public Task StringBuilder_cleared_and_refilled_with_unprotected_values_is_clean() => Verify("""
            public void Run(Patient patient, StringBuilder builder)
            {
                builder.Clear().Append("Patient ").Append(patient.Id);
                _logger.LogInformation(builder.ToString());
            }
            """);

        [Fact]
        public Task StringBuilder_append_of_interpolated_string_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                var builder = new StringBuilder();
                builder.Append($"Patient {patient.Ssn}");
                _logger.LogInformation({|PHI001:builder.ToString()|});
                var lines = new StringBuilder();
                lines.AppendLine($"Patient {patient.Name}");
                Console.WriteLine({|PHI001:lines.ToString()|});
            }
            """);

        [Fact]
        public Task StringBuilder_append_of_interpolated_unprotected_values_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                var builder = new StringBuilder();
                builder.Append($"Patient {patient.Id}").AppendLine($"{patient.Name.Length} letters");
                _logger.LogInformation(builder.ToString());
            }
            """);

        [Fact]
        public Task ToString_of_unprotected_value_is_clean() => Verify("""
            public void Run(Visit visit) => _logger.LogDebug(visit.When.ToString("d"));
            """);

        [Fact]
        public Task Record_generated_ToString_prints_protected_member() => Verify("""
            public void Run(ReferralCard card) => _logger.LogInformation({|PHI001:card.ToString()|});
            """);

        [Fact]
        public Task Record_interpolated_prints_protected_member() => Verify("""
            public void Run(ReferralCard card) => _logger.LogInformation({|PHI001:$"Card {card}"|});
            """);

        [Fact]
        public Task Record_passed_as_text_argument_prints_protected_member() => Verify("""
            public void Run(ReferralCard card) => _logger.LogInformation("Card {Card}", {|PHI001:card|});
            """);

        [Fact]
        public Task Record_interpolated_into_a_string_builder_prints_protected_member() => Verify("""
            public void Run(ReferralCard card)
            {
                var builder = new StringBuilder().AppendLine("Referral");
                builder.Append($"Card {card}");
                System.Diagnostics.Debug.WriteLineIf(card.Id > 0, {|PHI001:$"Card {card}"|});
                Console.WriteLine({|PHI001:builder|});
            }
            """);

        [Fact]
        public Task Record_without_public_protected_members_interpolated_into_a_string_builder_is_clean() => Verify("""
            public void Run(SealedReferralCard card)
            {
                System.Diagnostics.Debug.WriteLineIf(card.Id > 0, $"Card {card}");
                _logger.LogInformation(new StringBuilder().Append($"Card {card}").ToString());
            }
            """);

        [Fact]
        public Task Record_generated_ToString_skips_non_public_members() => Verify("""
            public void Run(SealedReferralCard card)
            {
                _logger.LogInformation(card.ToString());
                _logger.LogInformation("Card {Card}", card);
            }
            """);

        [Fact]
        public Task Class_ToString_does_not_print_members() => Verify("""
            public void Run(Referral referral) => _logger.LogInformation("Referral {Referral}", referral.ToString());
            """);

        [Fact]
        public Task Char_array_copy_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                var chars = patient.Name.ToCharArray();
                Array.Reverse(chars);
                _logger.LogInformation({|PHI001:new string(chars)|});
            }
            """);

        [Fact]
        public Task Char_array_copied_into_buffer_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                var buffer = new char[32];
                patient.Ssn.CopyTo(0, buffer, 0, patient.Ssn.Length);
                _logger.LogInformation({|PHI001:new string(buffer)|});
            }
            """);

        [Fact]
        public Task Span_copy_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                Span<char> buffer = stackalloc char[32];
                patient.Ssn.AsSpan().CopyTo(buffer);
                _logger.LogInformation({|PHI001:buffer.Slice(0, 9).ToString()|});
            }
            """);

        [Fact]
        public Task Span_copy_of_unprotected_text_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                Span<char> buffer = stackalloc char[32];
                "anonymous".AsSpan().CopyTo(buffer);
                _logger.LogInformation("{Text} has {Length}", buffer.Slice(0, 9).ToString(), patient.Ssn.Length);
            }
            """);
    }
}
