using System.Threading.Tasks;
using Xunit;
using static PhiGuard.Analyzers.Tests.Verifiers.ClinicService;

namespace PhiGuard.Analyzers.Tests.Flow
{
    /// <summary>An object that holds protected data carries it: object initializers, member stores, instance and static fields.</summary>
    public class ObjectFlowTests
    {
        [Fact]
        public Task Member_store_makes_object_carry_protected_value() => Verify("""
            public void Run(Patient patient)
            {
                var dto = new PatientDto();
                dto.Name = patient.Name;
                _logger.LogInformation("{Dto}", {|PHI001:dto|});
                _logger.LogInformation("{Name}", {|PHI001:dto.Name|});
            }
            """);

        [Fact]
        public Task Unprotected_member_of_object_carrying_protected_value_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                var dto = new PatientDto();
                dto.Name = patient.Name;
                dto.Id = patient.Id;
                _logger.LogInformation("{Id}", dto.Id);
            }
            """);

        [Fact]
        public Task Object_initializer_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                var dto = new PatientDto { Id = patient.Id, Name = patient.Name };
                _logger.LogInformation("{Dto}", {|PHI001:dto|});
            }
            """);

        [Fact]
        public Task Object_initializer_of_unprotected_values_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                var dto = new PatientDto { Id = patient.Id, Name = "anonymous" };
                _logger.LogInformation("{Dto} {Name}", dto, dto.Name);
            }
            """);

        [Fact]
        public Task Nested_member_path_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                var dto = new PatientDto();
                dto.Contact.Phone = patient.Ssn;
                dto.Contact.Kind = "mobile";
                _logger.LogInformation("{Phone}", {|PHI001:dto.Contact.Phone|});
                _logger.LogInformation("{Kind}", dto.Contact.Kind);
            }
            """);

        [Fact]
        public Task Object_copied_to_another_local_keeps_member_protection() => Verify("""
            public void Run(Patient patient)
            {
                var dto = new PatientDto { Name = patient.Name };
                var copy = dto;
                _logger.LogInformation("{Name}", {|PHI001:copy.Name|});
                _logger.LogInformation("{Id}", copy.Id);
            }
            """);

        [Fact]
        public Task Instance_field_written_in_one_method_is_reported_where_read() => Verify("""
            private string _lastSeen = "";

            public void Remember(Patient patient) => _lastSeen = patient.Name;

            public void Report() => _logger.LogInformation("Last seen {Name}", {|PHI001:_lastSeen|});
            """);

        [Fact]
        public Task Instance_field_written_with_unprotected_value_is_clean() => Verify("""
            private string _lastSeen = "";

            public void Remember(Patient patient) => _lastSeen = patient.Id.ToString();

            public void Report() => _logger.LogInformation("Last seen {Id}", _lastSeen);
            """);

        [Fact]
        public Task Static_field_written_in_one_method_is_reported_where_read() => Verify("""
            private static string s_lastSsn = "";

            public static void Remember(Patient patient) => s_lastSsn = patient.Ssn;

            public void Report() => _logger.LogInformation("Last {Value}", {|PHI001:s_lastSsn|});
            """);

        [Fact]
        public Task Static_field_written_with_unprotected_value_is_clean() => Verify("""
            private static string s_last = "";

            public static void Remember(Patient patient) => s_last = patient.Id.ToString();

            public void Report() => _logger.LogInformation("Last {Value}", s_last);
            """);

        [Fact]
        public Task Auto_property_written_in_constructor_is_reported_where_read() => Verify("""
            public Service(ILogger<Service> logger, Patient patient)
            {
                _logger = logger;
                Current = patient.Name;
            }

            public string Current { get; }

            public void Report() => _logger.LogInformation("{Current}", {|PHI001:Current|});
            """);

        [Fact]
        public Task Patch_operation_case_enum_member_of_object_built_from_protected_data_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                var operation = Parse(patient.Name);
                _logger.LogInformation("Operation {Kind} {Valid}", operation.Kind, operation.Valid);
                _logger.LogInformation("Operation on {Value}", {|PHI001:operation.Value|});
            }

            private static Operation Parse(string value) => new Operation { Kind = value.Length > 3 ? DayOfWeek.Monday : DayOfWeek.Friday, Valid = value != "", Value = value };
            }

            public class Operation
            {
                public DayOfWeek Kind { get; set; }
                public bool Valid { get; set; }
                public string Value { get; set; } = "";
            """);

        [Fact]
        public Task Bundle_statistics_case_a_field_logged_by_a_helper_is_reported_where_it_is_logged_not_at_every_caller() => Verify("""
            private string _current = "";

            public void Remember(Patient patient) => _current = patient.Name;

            public void Run()
            {
                Step();
                Step();
            }

            private void Step() => Finish();

            private void Finish() => _logger.LogInformation("Finished {Current}", {|PHI001:_current|});
            """);
    }
}
