using System.Threading.Tasks;
using Xunit;
using static PhiGuard.Analyzers.Tests.Verifiers.ClinicService;

namespace PhiGuard.Analyzers.Tests.Flow
{
    /// <summary>Protected data followed through async code, lambdas, local functions, exception handling and loops.</summary>
    public class ControlFlowTests
    {
        [Fact]
        public Task Awaited_result_of_own_async_method_is_reported() => Verify("""
            public async Task Run(Patient patient)
            {
                var name = await LoadNameAsync(patient);
                _logger.LogInformation("{Name}", {|PHI001:name|});
            }

            private static async Task<string> LoadNameAsync(Patient patient)
            {
                await Task.Yield();
                return patient.Name;
            }
            """);

        [Fact]
        public Task Awaited_unprotected_result_is_clean() => Verify("""
            public async Task Run(Patient patient)
            {
                var id = await LoadIdAsync(patient);
                _logger.LogInformation("{Id}", id);
            }

            private static async Task<string> LoadIdAsync(Patient patient)
            {
                await Task.Delay(1);
                return patient.Id.ToString();
            }
            """);

        [Fact]
        public Task Async_method_passing_parameter_to_sink_is_reported() => Verify("""
            public async Task Run(Patient patient) => await AuditAsync({|PHI001:patient.Ssn|});

            private async Task AuditAsync(string value)
            {
                await Task.Yield();
                _logger.LogInformation("{Value}", value);
            }
            """);

        [Fact]
        public Task Lambda_capturing_protected_value_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                var name = patient.Name;
                Action log = () => _logger.LogInformation("{Name}", {|PHI001:name|});
                log();
            }
            """);

        [Fact]
        public Task Lambda_capturing_unprotected_value_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                var id = patient.Id;
                Action log = () => _logger.LogInformation("{Id}", id);
                log();
            }
            """);

        [Fact]
        public Task Lambda_parameter_given_protected_elements_is_reported() => Verify("""
            public void Run(List<Patient> patients) => patients.ForEach(p => _logger.LogInformation("{Name}", {|PHI001:p.Name|}));
            """);

        [Fact]
        public Task Lambda_parameter_reading_unprotected_member_is_clean() => Verify("""
            public void Run(List<Patient> patients) => patients.ForEach(p => _logger.LogInformation("{Id}", p.Id));
            """);

        [Fact]
        public Task Lambda_invoked_through_a_local_delegate_with_protected_argument_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                Action<string> write = text => Console.WriteLine({|PHI001:text|});
                write(patient.Ssn);
                Func<string, string> shout = text => text.ToUpperInvariant();
                _logger.LogInformation("{Name}", {|PHI001:shout(patient.Name)|});
                Action<string> audit = Audit;
                audit?.Invoke(patient.Name);

                void Audit(string name) => _logger.LogInformation("Audit {Name}", {|PHI001:name|});
            }
            """);

        [Fact]
        public Task Local_functions_no_call_reaches_are_walked_with_the_parameters_the_policy_protects() => Verify("""
            public void Run(Patient patient)
            {
                _logger.LogInformation("{Id}", patient.Id);

                void Audit(string patientSsn) => _logger.LogInformation("Audit {Ssn}", {|PHI001:patientSsn|});
                void Count(string code) => _logger.LogInformation("Code {Code}", code);
                void Outer()
                {
                    void Inner(string ssn) => Console.WriteLine({|PHI001:ssn|});
                }
            }
            """);

        [Fact]
        public Task Method_group_invoked_through_a_local_delegate_with_protected_argument_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                Action<string> write = Console.WriteLine;
                write({|PHI001:patient.Ssn|});
                Action<string, object?[]> log = _logger.LogWarning;
                log("Seen {Name}", {|PHI001:new object?[] { patient.Name }|});
                Action<string> audit = Audit;
                audit({|PHI001:patient.Name|});
            }

            private void Audit(string name) => _logger.LogInformation("Audit {Name}", name);
            """);

        [Fact]
        public Task Method_group_invoked_through_a_local_delegate_with_unprotected_argument_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                Action<string> write = Console.WriteLine;
                write(patient.Id.ToString());
                Action<string, object?[]> log = _logger.LogWarning;
                log("Seen {Id}", new object?[] { patient.Id });
                Action<string> audit = Audit;
                audit("anonymous");
            }

            private void Audit(string name) => _logger.LogInformation("Audit {Name}", name);
            """);

        [Fact]
        public Task Method_groups_taken_from_a_call_or_chosen_by_a_condition_are_read_without_failing() => Verify("""
            public void Run(Patient patient)
            {
                Action<string> write = Pick().WriteLine;
                write(patient.Id.ToString());
                Action<string> either = patient.Id > 0 ? Console.WriteLine : Console.Error.WriteLine;
                either("seen");
            }

            private static System.IO.TextWriter Pick() => Console.Out;
            """);

        [Fact]
        public Task Lambda_invoked_through_a_local_delegate_with_unprotected_argument_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                Action<string> write = text => Console.WriteLine(text);
                write(patient.Id.ToString());
                Func<string, string> shout = text => text.ToUpperInvariant();
                _logger.LogInformation("{Length}", shout(patient.Name.Length.ToString()));
                Action<string> audit = Audit;
                audit?.Invoke("anonymous");

                void Audit(string name) => _logger.LogInformation("Audit {Name}", name);
            }
            """);

        [Fact]
        public Task Local_function_is_walked_in_place_with_its_protected_argument() => Verify("""
            public void Run(Patient patient)
            {
                Write(patient.Ssn);

                void Write(string text) => _logger.LogInformation("{Text}", {|PHI001:text|});
            }
            """);

        [Fact]
        public Task Local_function_given_unprotected_argument_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                Write(patient.Id.ToString());

                void Write(string text) => _logger.LogInformation("{Text}", text);
            }
            """);

        [Fact]
        public Task Local_function_returning_protected_value_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                _logger.LogInformation("{Text}", {|PHI001:Format()|});

                string Format() => patient.Name.ToUpperInvariant();
            }
            """);

        [Fact]
        public Task Catch_and_finally_blocks_are_followed() => Verify("""
            public void Run(Patient patient)
            {
                var name = patient.Name;
                try
                {
                    throw new InvalidOperationException("failed");
                }
                catch (InvalidOperationException ex)
                {
                    _logger.LogError(ex, "Failed for {Name}", {|PHI001:name|});
                }
                finally
                {
                    _logger.LogInformation("Done with {Ssn}", {|PHI001:patient.Ssn|});
                }
            }
            """);

        [Fact]
        public Task Catch_and_finally_blocks_do_not_see_later_assignments() => Verify("""
            public void Run(Patient patient)
            {
                var name = "none";
                try
                {
                    throw new InvalidOperationException("failed");
                }
                catch (InvalidOperationException ex)
                {
                    _logger.LogError(ex, "Failed for {Id} {Name}", patient.Id, name);
                }
                finally
                {
                    _logger.LogInformation("Done with {Name}", name);
                }

                name = patient.Name;
                _logger.LogInformation("{Length}", name.Length);
            }
            """);

        [Fact]
        public Task Using_block_is_followed() => Verify("""
            public void Run(Patient patient)
            {
                using (var scope = _logger.BeginScope("Request"))
                {
                    var ssn = patient.Ssn;
                    _logger.LogInformation("{Ssn}", {|PHI001:ssn|});
                }

                using var writer = new System.IO.StringWriter();
                writer.Write(patient.Id);
                _logger.LogInformation("{Text}", writer.ToString());
            }
            """);

        [Fact]
        public Task Value_accumulated_in_loop_is_reported() => Verify("""
            public void Run(List<Patient> patients)
            {
                var all = "";
                for (var i = 0; i < patients.Count; i++)
                {
                    all += patients[i].Name + ";";
                }

                _logger.LogInformation("{All}", {|PHI001:all|});
            }
            """);

        [Fact]
        public Task Unprotected_value_accumulated_in_loop_is_clean() => Verify("""
            public void Run(List<Patient> patients)
            {
                var all = "";
                var i = 0;
                while (i < patients.Count)
                {
                    all += patients[i].Id + ";";
                    i++;
                }

                _logger.LogInformation("{All}", all);
            }
            """);

        [Fact]
        public Task Foreach_variable_over_protected_elements_is_reported() => Verify("""
            public void Run(IEnumerable<Visit> visits)
            {
                foreach (var visit in visits)
                {
                    _logger.LogInformation("{Diagnosis}", {|PHI001:visit.Diagnosis|});
                    _logger.LogInformation("{When}", visit.When);
                }
            }
            """);

        [Fact]
        public Task Value_assigned_in_later_loop_iteration_reaches_earlier_sink() => Verify("""
            public void Run(List<Patient> patients)
            {
                var previous = "none";
                foreach (var patient in patients)
                {
                    _logger.LogInformation("After {Previous}", {|PHI001:previous|});
                    previous = patient.Name;
                }
            }
            """);

        [Fact]
        public Task Lock_statement_whose_compiler_locals_have_no_name_is_followed() => Verify("""
            private readonly object _gate = new object();

            public void Run(Patient patient)
            {
                lock (_gate)
                {
                    _logger.LogInformation("{Name}", {|PHI001:patient.Name|});
                }
            }
            """);
    }
}
