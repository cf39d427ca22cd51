using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using NJsonSchema;
using PhiGuard.Cli.Tests.Support;
using Xunit;

namespace PhiGuard.Cli.Tests
{
    /// <summary>The sample portal's seeded leaks, found by the tool as the build finds them.</summary>
    [Collection(SamplePortalCollection.Name)]
    public class SamplePortalTests
    {
        /// <summary>The sample's seeded leaks, as the README lists them from a build.</summary>
        private static readonly (string Rule, string File, int Line, int Column, string Subject)[] SeededLeaks =
        {
            ("PHI001", "samples/PatientPortal/Data/SeedData.cs", 27, 31, "Patient.Email"),
            ("PHI001", "samples/PatientPortal/Endpoints/AppointmentsEndpoints.cs", 23, 35, "Patient.FullName"),
            ("PHI001", "samples/PatientPortal/Endpoints/NotesEndpoints.cs", 26, 29, "Patient.Nhi"),
            ("PHI001", "samples/PatientPortal/Endpoints/ResultsEndpoints.cs", 21, 70, "Patient.FullName"),
            ("PHI002", "samples/PatientPortal/Endpoints/SummaryEndpoints.cs", 21, 53, "Patient.Nhi"),
            ("PHI003", "samples/PatientPortal/Domain/Patient.cs", 10, 19, "Patient.Nhi"),
            ("PHI003", "samples/PatientPortal/Endpoints/ExportEndpoints.cs", 22, 50, "ClinicalNote.Text"),
            ("PHI003", "samples/PatientPortal/Endpoints/SummaryEndpoints.cs", 24, 65, "Patient from DbSet.FindAsync"),
            ("PHI006", "samples/PatientPortal/Endpoints/SearchEndpoints.cs", 14, 70, "SearchForm.Nhi"),
        };

        private readonly SamplePortalFixture _portal;

        public SamplePortalTests(SamplePortalFixture portal)
        {
            _portal = portal;
        }

        [Fact]
        public void Scan_with_msbuild_exits_1_and_reports_the_seeded_leaks()
        {
            Assert.True(_portal.SarifScan.ExitCode == 1, _portal.SarifScan.ToString());
            Assert.Contains(SeededLeaks.Length + " findings (" + SeededLeaks.Length + " warnings); 1 project", _portal.SarifScan.Output);
            var leaks = Results().Select(r => (r.GetProperty("ruleId").GetString()!, Uri(r), Region(r).Line, Region(r).Column, r.GetProperty("properties").GetProperty("subject").GetString()!)).OrderBy(l => l).ToArray();
            Assert.Equal(SeededLeaks, leaks);
        }

        [Fact]
        public async Task Sarif_report_is_valid_SARIF_2_1_0()
        {
            var schema = await JsonSchema.FromFileAsync(RepositoryPaths.SarifSchema);

            var errors = schema.Validate(File.ReadAllText(_portal.SarifPath));

            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Path + ": " + e.Kind)));
        }

        [Fact]
        public void Sarif_report_carries_rule_metadata_help_links_fingerprints_and_the_source_root()
        {
            using var document = JsonDocument.Parse(File.ReadAllText(_portal.SarifPath));
            var run = document.RootElement.GetProperty("runs")[0];
            var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
            var log = rules.Single(r => r.GetProperty("id").GetString() == "PHI001");
            Assert.Equal("https://github.com/phiguard/phiguard/blob/main/docs/rules/PHI001.md", log.GetProperty("helpUri").GetString());
            Assert.Equal("Protected health information is written to a log", log.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.Equal("warning", log.GetProperty("defaultConfiguration").GetProperty("level").GetString());
            Assert.Contains(rules, r => r.GetProperty("id").GetString() == "PHI100");
            Assert.StartsWith("file:///", run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
            foreach (var result in run.GetProperty("results").EnumerateArray())
            {
                var ruleIndex = result.GetProperty("ruleIndex").GetInt32();
                Assert.Equal(result.GetProperty("ruleId").GetString(), rules[ruleIndex].GetProperty("id").GetString());
                Assert.Matches("^[0-9a-f]{32}$", result.GetProperty("fingerprints").GetProperty("phiguard/v1").GetString());
                Assert.False(result.TryGetProperty("suppressions", out _));
                Assert.StartsWith("PatientPortal.", result.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
            }
        }

        [Fact]
        public async Task Scan_without_a_build_finds_the_same_leaks_as_the_build()
        {
            var run = await PhiGuardTool.RunAsync(RepositoryPaths.Root, "scan", "samples/PatientPortal", "--no-build", "--format", "json");

            Assert.True(run.ExitCode == 1, run.ToString());
            using var json = JsonDocument.Parse(run.Output);
            var leaks = json.RootElement.GetProperty("findings").EnumerateArray()
                .Select(f => (f.GetProperty("rule").GetString()!, f.GetProperty("file").GetString()!, f.GetProperty("line").GetInt32(), f.GetProperty("column").GetInt32(), f.GetProperty("subject").GetString()!))
                .OrderBy(l => l)
                .ToArray();
            Assert.Equal(SeededLeaks, leaks);
        }

        private JsonElement[] Results()
        {
            using var document = JsonDocument.Parse(File.ReadAllText(_portal.SarifPath));
            return document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.Clone()).ToArray();
        }

        private static string Uri(JsonElement result) =>
            result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;

        private static (int Line, int Column) Region(JsonElement result)
        {
            var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            return (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32());
        }
    }
}
