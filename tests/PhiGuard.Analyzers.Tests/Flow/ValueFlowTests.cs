using System.Threading.Tasks;
using Xunit;
using static PhiGuard.Analyzers.Tests.Verifiers.ClinicService;

namespace PhiGuard.Analyzers.Tests.Flow
{
    /// <summary>Protected values followed through locals, parameters, expressions, patterns, out/ref and tuples.</summary>
    public class ValueFlowTests
    {
        [Fact]
        public Task Parameter_assigned_a_protected_value_is_reported() => Verify("""
            public void Run(Patient patient, string text)
            {
                text = patient.Name;
                _logger.LogInformation("{Text}", {|PHI001:text|});
            }
            """);

        [Fact]
        public Task Parameter_assigned_an_unprotected_value_is_clean() => Verify("""
            public void Run(Patient patient, string text)
            {
                text = patient.Id.ToString();
                _logger.LogInformation("{Text}", text);
            }
            """);

        [Fact]
        public Task Compound_assignment_keeps_protection() => Verify("""
            public void Run(Patient patient)
            {
                var text = "patient: ";
                text += patient.Name;
                _logger.LogInformation({|PHI001:text|});
            }
            """);

        [Fact]
        public Task Compound_assignment_of_unprotected_value_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                var text = "patient: ";
                text += patient.Id;
                _logger.LogInformation(text);
            }
            """);

        [Fact]
        public Task Conditional_branch_with_protected_value_is_reported() => Verify("""
            public void Run(Patient patient, bool verbose)
            {
                var who = verbose ? patient.Name : "a patient";
                _logger.LogInformation("Seen {Who}", {|PHI001:who|});
            }
            """);

        [Fact]
        public Task Conditional_on_protected_value_choosing_constants_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                var who = patient.Name.StartsWith("A") ? "early" : "late";
                _logger.LogInformation("Seen {Who}", who);
            }
            """);

        [Fact]
        public Task Null_coalescing_with_protected_value_is_reported() => Verify("""
            public void Run(Patient patient, string nickname)
            {
                var who = nickname ?? patient.Name;
                _logger.LogInformation("Seen {Who}", {|PHI001:who|});
            }
            """);

        [Fact]
        public Task Null_coalescing_of_unprotected_values_is_clean() => Verify("""
            public void Run(Patient patient, string nickname)
            {
                var who = nickname ?? "anonymous";
                _logger.LogInformation("Seen {Who} ({Id})", who, patient.Id);
            }
            """);

        [Fact]
        public Task Null_coalescing_assignment_is_reported() => Verify("""
            public void Run(Patient patient, string who)
            {
                who ??= patient.Ssn;
                _logger.LogInformation("Seen {Who}", {|PHI001:who|});
            }
            """);

        [Fact]
        public Task Switch_expression_arm_with_protected_value_is_reported() => Verify("""
            public void Run(Patient patient, int detail)
            {
                var text = detail switch
                {
                    0 => "patient",
                    1 => patient.Name,
                    _ => patient.Id.ToString(),
                };
                _logger.LogInformation("{Text}", {|PHI001:text|});
            }
            """);

        [Fact]
        public Task Switch_expression_on_protected_value_with_constant_arms_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                var text = patient.Name switch
                {
                    "" => "unnamed",
                    _ => "named",
                };
                _logger.LogInformation("{Text}", text);
            }
            """);

        [Fact]
        public Task Declaration_pattern_variable_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                if (patient.Name is string name)
                {
                    _logger.LogInformation("{Name}", {|PHI001:name|});
                }
            }
            """);

        [Fact]
        public Task Declaration_pattern_variable_of_unprotected_value_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                if (patient.Id is int id)
                {
                    _logger.LogInformation("{Id}", id);
                }
            }
            """);

        [Fact]
        public Task Type_pattern_on_object_binds_protected_type() => Verify("""
            public void Run(object value)
            {
                if (value is Patient patient)
                {
                    _logger.LogInformation("{Name}", {|PHI001:patient.Name|});
                }
            }
            """);

        [Fact]
        public Task Property_pattern_variable_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                if (patient is { Ssn: var ssn, Id: > 0 })
                {
                    _logger.LogInformation("{Value}", {|PHI001:ssn|});
                }
            }
            """);

        [Fact]
        public Task Property_pattern_variable_of_unprotected_member_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                if (patient is { Id: var id })
                {
                    _logger.LogInformation("{Value}", id);
                }
            }
            """);

        [Fact]
        public Task Out_argument_of_own_method_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                if (TryDescribe(patient, out var text))
                {
                    _logger.LogInformation("{Text}", {|PHI001:text|});
                }
            }

            private static bool TryDescribe(Patient patient, out string text)
            {
                text = patient.Name + " " + patient.DateOfBirth;
                return true;
            }
            """);

        [Fact]
        public Task Out_argument_of_own_method_with_unprotected_value_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                if (TryDescribe(patient, out var text))
                {
                    _logger.LogInformation("{Text}", text);
                }
            }

            private static bool TryDescribe(Patient patient, out string text)
            {
                text = "#" + patient.Id;
                return true;
            }
            """);

        [Fact]
        public Task Out_argument_of_library_parse_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                if (long.TryParse(patient.Ssn, out var number))
                {
                    _logger.LogInformation("{Number}", {|PHI001:number|});
                }
            }
            """);

        [Fact]
        public Task Out_argument_of_library_parse_of_unprotected_text_is_clean() => Verify("""
            public void Run(Patient patient, string input)
            {
                if (long.TryParse(input, out var number))
                {
                    _logger.LogInformation("{Number} for {Id}", number, patient.Id);
                }
            }
            """);

        [Fact]
        public Task Ref_argument_written_by_own_method_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                var text = "";
                Fill(ref text, patient);
                _logger.LogInformation("{Text}", {|PHI001:text|});
            }

            private static void Fill(ref string text, Patient patient) => text = patient.Ssn;
            """);

        [Fact]
        public Task Ref_argument_written_with_unprotected_value_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                var text = "";
                Fill(ref text, patient);
                _logger.LogInformation("{Text}", text);
            }

            private static void Fill(ref string text, Patient patient) => text = patient.Id.ToString();
            """);

        [Fact]
        public Task Deconstructed_tuple_element_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                var (name, id) = (patient.Name, patient.Id);
                _logger.LogInformation("{Name}", {|PHI001:name|});
            }
            """);

        [Fact]
        public Task Deconstructed_unprotected_tuple_element_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                var (name, id) = (patient.Name, patient.Id);
                _logger.LogInformation("{Id}", id);
            }
            """);

        [Fact]
        public Task Deconstruction_into_existing_locals_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                string first;
                int second;
                (first, second) = (patient.Ssn, 3);
                _logger.LogInformation("{First} {Second}", {|PHI001:first|}, second);
            }
            """);

        [Fact]
        public Task Tuple_element_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                var pair = (Name: patient.Name, Count: 2);
                _logger.LogInformation("{Name}", {|PHI001:pair.Name|});
                _logger.LogInformation("{Name}", {|PHI001:pair.Item1|});
            }
            """);

        [Fact]
        public Task Unprotected_tuple_element_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                var pair = (Name: patient.Name, Count: 2);
                _logger.LogInformation("{Count}", pair.Count);
                _logger.LogInformation("{Count}", pair.Item2);
            }
            """);

        [Fact]
        public Task Tuple_returned_by_own_method_keeps_protection() => Verify("""
            public void Run(Patient patient)
            {
                var (name, _) = Split(patient);
                _logger.LogInformation("{Name}", {|PHI001:name|});
            }

            private static (string Name, int Id) Split(Patient patient) => (patient.Name, patient.Id);
            """);
    }
}
