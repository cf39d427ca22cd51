using System.Threading.Tasks;
using Xunit;
using static PhiGuard.Analyzers.Tests.Verifiers.ClinicService;

namespace PhiGuard.Analyzers.Tests.Flow
{
    /// <summary>A container that holds protected data is protected: arrays, lists, dictionaries, sets and LINQ results.</summary>
    public class CollectionFlowTests
    {
        [Fact]
        public Task Array_initializer_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                var values = new[] { "patient", patient.Name };
                _logger.LogInformation("{Values}", {|PHI001:values|});
            }
            """);

        [Fact]
        public Task Array_element_store_protects_the_whole_array() => Verify("""
            public void Run(Patient patient)
            {
                var values = new string[2];
                values[1] = patient.Ssn;
                _logger.LogInformation("{Value}", {|PHI001:values[0]|});
            }
            """);

        [Fact]
        public Task Array_of_unprotected_values_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                var values = new[] { "patient", patient.Id.ToString() };
                values[0] = "x";
                _logger.LogInformation("{Values}", values);
            }
            """);

        [Fact]
        public Task List_add_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                var names = new List<string>();
                names.Add(patient.Name);
                _logger.LogInformation("{Names}", {|PHI001:names|});
            }
            """);

        [Fact]
        public Task List_add_of_unprotected_values_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                var ids = new List<int>();
                ids.Add(patient.Id);
                _logger.LogInformation("{Ids}", ids);
            }
            """);

        [Fact]
        public Task List_initializer_and_indexer_read_are_reported() => Verify("""
            public void Run(Patient patient)
            {
                var names = new List<string> { "first", patient.Name };
                _logger.LogInformation("{Name}", {|PHI001:names[0]|});
            }
            """);

        [Fact]
        public Task List_indexer_store_is_reported() => Verify("""
            public void Run(Patient patient, List<string> names)
            {
                names[0] = patient.Ssn;
                _logger.LogInformation("{Names}", {|PHI001:names|});
            }
            """);

        [Fact]
        public Task Dictionary_indexer_store_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                var fields = new Dictionary<string, string>();
                fields["name"] = patient.Name;
                _logger.LogInformation("{Fields}", {|PHI001:fields|});
            }
            """);

        [Fact]
        public Task Dictionary_initializers_are_reported() => Verify("""
            public void Run(Patient patient)
            {
                var byIndex = new Dictionary<string, string> { ["name"] = patient.Name };
                var byAdd = new Dictionary<string, string> { { "ssn", patient.Ssn } };
                _logger.LogInformation("{A} {B}", {|PHI001:byIndex|}, {|PHI001:byAdd["ssn"]|});
            }
            """);

        [Fact]
        public Task Dictionary_of_unprotected_values_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                var fields = new Dictionary<string, object> { ["id"] = patient.Id, ["when"] = DateTime.UtcNow };
                fields.Add("kind", "patient");
                _logger.LogInformation("{Fields}", fields);
            }
            """);

        [Fact]
        public Task HashSet_add_is_reported() => Verify("""
            public void Run(List<Patient> patients)
            {
                var seen = new HashSet<string>();
                foreach (var patient in patients)
                {
                    seen.Add(patient.Ssn);
                }

                _logger.LogInformation("{Seen}", {|PHI001:seen|});
            }
            """);

        [Fact]
        public Task HashSet_of_unprotected_values_is_clean() => Verify("""
            public void Run(List<Patient> patients)
            {
                var seen = new HashSet<int>();
                foreach (var patient in patients)
                {
                    seen.Add(patient.Id);
                }

                _logger.LogInformation("{Seen}", seen);
            }
            """);

        [Fact]
        public Task Collection_expression_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                List<string> values = ["patient", patient.Name];
                _logger.LogInformation("{Values}", {|PHI001:values|});
            }
            """);

        [Fact]
        public Task Collection_expression_spread_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                string[] first = [patient.Ssn];
                string[] all = [.. first, "end"];
                _logger.LogInformation("{Values}", {|PHI001:all|});
            }
            """);

        [Fact]
        public Task Collection_expression_of_unprotected_values_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                int[] values = [1, patient.Id];
                _logger.LogInformation("{Values}", values);
            }
            """);

        [Fact]
        public Task Linq_projection_of_protected_member_is_reported() => Verify("""
            public void Run(List<Patient> patients)
            {
                var names = patients.Where(p => p.Id > 0).Select(p => p.Name).ToList();
                _logger.LogInformation("{Names}", {|PHI001:names|});
            }
            """);

        [Fact]
        public Task Linq_projection_of_unprotected_member_is_clean() => Verify("""
            public void Run(List<Patient> patients)
            {
                var ids = patients.Where(p => p.Name != "").Select(p => p.Id).ToList();
                _logger.LogInformation("{Ids}", ids);
                _logger.LogInformation("{Max}", patients.Max(p => p.Id));
            }
            """);

        [Fact]
        public Task Linq_query_syntax_projection_is_reported() => Verify("""
            public void Run(List<Patient> patients)
            {
                var names = from p in patients orderby p.Id select p.Ssn;
                _logger.LogInformation("{First}", {|PHI001:names.First()|});
            }
            """);

        [Fact]
        public Task Linq_query_syntax_projection_of_unprotected_member_is_clean() => Verify("""
            public void Run(List<Patient> patients)
            {
                var ids = from p in patients orderby p.Name select p.Id;
                _logger.LogInformation("{First}", ids.First());
            }
            """);

        [Fact]
        public Task Linq_filter_keeps_elements_protected() => Verify("""
            public void Run(List<string> ssns)
            {
                var first = ssns.Where(s => s.Length == 9).FirstOrDefault();
                _logger.LogInformation("{First}", {|PHI001:first|});
            }
            """);

        [Fact]
        public Task Linq_dictionary_projection_is_reported() => Verify("""
            public void Run(List<Patient> patients)
            {
                var byId = patients.ToDictionary(p => p.Id, p => p.Name);
                _logger.LogInformation("{ById}", {|PHI001:byId|});
            }
            """);

        [Fact]
        public Task Linq_dictionary_of_unprotected_members_is_clean() => Verify("""
            public void Run(List<Patient> patients)
            {
                var byId = patients.ToDictionary(p => p.Id, p => p.DateOfBirth.Year > 2000);
                _logger.LogInformation("{ById}", byId);
            }
            """);

        [Fact]
        public Task Anonymous_object_with_protected_member_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                var summary = new { patient.Id, patient.Name };
                _logger.LogInformation("{Summary}", {|PHI001:summary|});
            }
            """);

        [Fact]
        public Task Anonymous_object_of_unprotected_members_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                var summary = new { patient.Id, Kind = "patient" };
                _logger.LogInformation("{Summary}", summary);
            }
            """);

        [Fact]
        public Task Unprotected_member_of_anonymous_object_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                var summary = new { patient.Id, patient.Name };
                _logger.LogInformation("{Id}", summary.Id);
                _logger.LogInformation("{Name}", {|PHI001:summary.Name|});
            }
            """);
    }
}
