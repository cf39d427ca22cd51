using System.Threading.Tasks;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;
using static PhiGuard.Analyzers.Tests.Verifiers.ClinicService;
using VerifyCS = PhiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<PhiGuard.Analyzers.Rules.PHI001LogLeakAnalyzer>;

namespace PhiGuard.Analyzers.Tests.Flow
{
    /// <summary>Calls within the compilation: helpers that return protected data, and helpers that pass their parameters to sinks.</summary>
    public class InterproceduralFlowTests
    {
        private const string PatientEntry = "type \"Clinic.Patient\" (phiguard.json:5): HIPAA identifiers";
        private const string SsnEntry = "name \"*ssn*\" (phiguard.json:8)";

        [Fact]
        public Task Helper_returning_formatted_protected_value_is_reported() => Verify("""
            public void Run(Patient patient) => _logger.LogInformation("Seen {Who}", {|PHI001:Describe(patient)|});

            private static string Describe(Patient patient) => $"{patient.Name} ({patient.DateOfBirth:d})";
            """);

        [Fact]
        public Task Helper_returning_unprotected_value_is_clean() => Verify("""
            public void Run(Patient patient) => _logger.LogInformation("Seen {Who}", Describe(patient));

            private static string Describe(Patient patient) => $"patient #{patient.Id}";
            """);

        [Fact]
        public Task Helper_returning_its_argument_is_reported_only_for_protected_arguments() => Verify("""
            public void Run(Patient patient)
            {
                _logger.LogInformation("{A}", {|PHI001:Bracket(patient.Ssn)|});
                _logger.LogInformation("{B}", Bracket(patient.Id.ToString()));
            }

            private static string Bracket(string text) => "[" + text.Trim() + "]";
            """);

        [Fact]
        public Task Parameter_passed_to_sink_is_reported_at_the_call_site_with_its_path() => Verify(
            """
            public void Run(Patient patient) => Audit({|#0:patient.Name|});

            private void Audit(string what) => _logger.LogInformation("Audit {What}", {|#1:what|});
            """,
            VerifyCS.Diagnostic("PHI001")
                .WithLocation(0)
                .WithLocation(1)
                .WithArguments("Patient.Name", PatientEntry, "is written to a log by Service.Audit → ILogger.LogInformation"));

        [Fact]
        public Task Parameter_passed_to_sink_with_unprotected_value_is_clean() => Verify("""
            public void Run(Patient patient) => Audit(patient.Id.ToString());

            private void Audit(string what) => _logger.LogInformation("Audit {What}", what);
            """);

        [Fact]
        public Task Multi_level_chain_is_reported_with_every_step() => Verify(
            """
            public void Run(Patient patient) => First({|#0:patient.Ssn|});

            private void First(string value) => Second({|#1:"ssn=" + value|});

            private void Second(string text) => Third({|#2:text|}, 1);

            private void Third(string message, int level) => _logger.LogWarning({|#3:message|});
            """,
            VerifyCS.Diagnostic("PHI001")
                .WithLocation(0)
                .WithLocation(1)
                .WithLocation(2)
                .WithLocation(3)
                .WithArguments("Patient.Ssn", SsnEntry, "is written to a log by Service.First → ILogger.LogWarning"));

        [Fact]
        public Task Message_names_the_first_call_and_the_sink_once_through_overloads() => Verify(
            """
            public void Run(Patient patient) => Audit({|#0:patient.Name|});

            private void Audit(string what) => Audit({|#1:what|}, 1);

            private void Audit(string what, int level) => _logger.LogInformation("Audit {What} {Level}", {|#2:what|}, level);
            """,
            VerifyCS.Diagnostic("PHI001")
                .WithLocation(0)
                .WithLocation(1)
                .WithLocation(2)
                .WithArguments("Patient.Name", PatientEntry, "is written to a log by Service.Audit → ILogger.LogInformation"));

        [Fact]
        public Task Multi_level_chain_with_unprotected_value_is_clean() => Verify("""
            public void Run(Patient patient) => First(patient.Id.ToString());

            private void First(string value) => Second("id=" + value);

            private void Second(string text) => _logger.LogWarning(text);
            """);

        [Fact]
        public Task Helper_in_another_class_passing_to_sink_is_reported() => Verify("""
            public void Run(Patient patient, AuditTrail audit) => audit.Record("viewed", {|PHI001:patient.Name|});

            public void Clean(Patient patient, AuditTrail audit) => audit.Record("viewed", patient.Id.ToString());
            }

            public class AuditTrail
            {
                private readonly ILogger _logger;
                public AuditTrail(ILogger logger) => _logger = logger;
                public void Record(string action, string subject) => _logger.LogInformation("{Action} {Subject}", action, subject);
            """);

        [Fact]
        public Task Recursion_is_bounded_and_still_follows_data() => Verify("""
            public void Run(Patient patient) => _logger.LogInformation("{Text}", {|PHI001:Repeat(patient.Name, 3)|});

            private static string Repeat(string text, int times) => times == 0 ? text : Repeat(text + text, times - 1);
            """);

        [Fact]
        public Task Mutual_recursion_terminates_and_is_clean_without_protected_data() => Verify("""
            public void Run(Patient patient) => _logger.LogInformation("{Text}", Ping(patient.Id, 5));

            private static string Ping(int id, int n) => n == 0 ? id.ToString() : Pong(id, n - 1);

            private static string Pong(int id, int n) => n == 0 ? "done" : Ping(id, n - 1);
            """);

        [Fact]
        public Task Recursive_method_passing_parameter_to_sink_is_reported() => Verify("""
            public void Run(Patient patient) => Walk({|PHI001:patient.Ssn|}, 2);

            private void Walk(string value, int depth)
            {
                if (depth > 0)
                {
                    Walk(value, depth - 1);
                }

                _logger.LogDebug(value);
            }
            """);

        [Fact]
        public Task Constructor_storing_protected_argument_makes_object_carry_it() => Verify("""
            public void Run(Patient patient)
            {
                var holder = new Holder(patient.Name);
                _logger.LogInformation("{Holder}", {|PHI001:holder.Value|});
            }
            }

            public class Holder
            {
                public Holder(string value) => Value = value;
                public string Value { get; }
            """);

        [Fact]
        public Task Constructor_storing_unprotected_argument_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                var holder = new Holder(patient.Id.ToString());
                _logger.LogInformation("{Holder}", holder.Value);
            }
            }

            public class Holder
            {
                public Holder(string value) => Value = value;
                public string Value { get; }
            """);

        [Fact]
        public Task Bundle_handler_case_one_argument_reaching_several_log_calls_in_a_callee_is_one_finding() => Verify("""
            public void Run(Patient patient) => Process({|PHI001:patient.Name|}, 2);

            private void Process(string name, int attempts)
            {
                _logger.LogInformation("Processing {Name}", name);
                if (attempts > 1)
                {
                    _logger.LogWarning("Retrying {Name}", name);
                }

                Finish(name);
            }

            private void Finish(string name) => _logger.LogDebug("Done with {Name}", name);
            """);

        [Fact]
        public Task Memory_cache_case_a_method_logging_one_field_does_not_leak_what_another_field_holds() => Verify("""
            public void Run(Patient patient, PatientCache cache)
            {
                cache.Add(patient.Id, patient.Name);
                cache.Report();
                {|PHI001:cache|}.Dump();
            }
            }

            public class PatientCache
            {
                private readonly ILogger _logger;
                private readonly string _name = "patients";
                private readonly Dictionary<int, string> _entries = new Dictionary<int, string>();
                public PatientCache(ILogger logger) => _logger = logger;
                public void Add(int id, string name) => _entries[id] = name;
                public void Report() => _logger.LogInformation("Cache {Name} holds {Count}", _name, _entries.Count);
                public void Dump() => _logger.LogInformation("Entries {Entries}", _entries);
            """);

        [Fact]
        public Task Object_built_by_own_constructor_keeps_its_members_apart() => Verify("""
            public void Run(Patient patient)
            {
                var entry = new Entry(patient.Id, patient.Name);
                _logger.LogInformation("{Id}", entry.Id);
                _logger.LogInformation("{Name}", {|PHI001:entry.Name|});
            }
            }

            public class Entry
            {
                public Entry(int id, string name)
                {
                    Id = id;
                    Name = name;
                }

                public int Id { get; }
                public string Name { get; }
            """);
    }
}
