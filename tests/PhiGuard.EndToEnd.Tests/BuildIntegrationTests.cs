using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace PhiGuard.EndToEnd.Tests
{
    /// <summary>PhiGuard from the packed .nupkg, in real `dotnet build`s of throwaway projects.</summary>
    [Collection(PackedPackageCollection.Name)]
    public class BuildIntegrationTests
    {
        private const string Policy = """
            {
              "version": 1,
              "protected": [ { "type": "App.Patient", "reason": "patient record" } ],
              "unprotected": [ { "member": "App.Patient.Id" } ]
            }
            """;

        private const string LeakyProgram = """
            using Microsoft.Extensions.Logging;
            using Microsoft.Extensions.Logging.Abstractions;

            namespace App;

            public class Patient { public int Id { get; set; } public string Name { get; set; } = ""; }

            public static class Program
            {
                public static void Main()
                {
                    ILogger logger = NullLogger.Instance;
                    var patient = new Patient { Id = 7, Name = "Ana" };
                    logger.LogInformation("Opened patient {Name}", patient.Name);
                    logger.LogInformation("Opened patient {Id}", patient.Id);
                }
            }
            """;

        private readonly PackedPackageFixture _package;

        public BuildIntegrationTests(PackedPackageFixture package)
        {
            _package = package;
        }

        [Fact]
        public async Task Leak_is_reported_as_a_warning_at_its_file_and_line()
        {
            using var project = new ConsumerProject(_package).Write("phiguard.json", Policy).Write("app/Program.cs", LeakyProgram);

            var outcome = await project.BuildAsync();

            Assert.True(outcome.ExitCode == 0, outcome.Output);
            var finding = Assert.Single(outcome.OfRule("PHI001"));
            Assert.Equal("warning", finding.Severity);
            Assert.EndsWith("Program.cs", finding.File);
            Assert.Equal((14, 56), (finding.Line, finding.Column));
            Assert.Contains("'Patient.Name' is protected", finding.Message);
        }

        [Fact]
        public async Task Policy_severity_error_fails_the_build()
        {
            var policy = Policy.Replace("\"version\": 1,", "\"version\": 1, \"rules\": { \"PHI001\": \"error\" },");
            using var project = new ConsumerProject(_package).Write("phiguard.json", policy).Write("app/Program.cs", LeakyProgram);

            var outcome = await project.BuildAsync();

            Assert.NotEqual(0, outcome.ExitCode);
            Assert.Equal("error", Assert.Single(outcome.OfRule("PHI001")).Severity);
        }

        [Fact]
        public async Task Editorconfig_severity_wins_over_the_policy()
        {
            var policy = Policy.Replace("\"version\": 1,", "\"version\": 1, \"rules\": { \"PHI001\": \"error\" },");
            using var project = new ConsumerProject(_package)
                .Write("phiguard.json", policy)
                .Write(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.PHI001.severity = suggestion\n")
                .Write("app/Program.cs", LeakyProgram);

            var outcome = await project.BuildAsync();

            Assert.True(outcome.ExitCode == 0, outcome.Output);
            Assert.Empty(outcome.OfRule("PHI001"));
        }

        [Fact]
        public async Task Invalid_policy_fails_the_build_with_PHI100_at_the_line()
        {
            const string broken = """
                {
                  "version": 1,
                  "protectd": [ { "type": "App.Patient" } ]
                }
                """;
            using var project = new ConsumerProject(_package).Write("phiguard.json", broken).Write("app/Program.cs", LeakyProgram);

            var outcome = await project.BuildAsync();

            Assert.NotEqual(0, outcome.ExitCode);
            var problem = Assert.Single(outcome.OfRule("PHI100"));
            Assert.Equal("error", problem.Severity);
            Assert.EndsWith("phiguard.json", problem.File);
            Assert.Equal((3, 3), (problem.Line, problem.Column));
            Assert.Contains("unknown key \"protectd\"", problem.Message);
            Assert.Empty(outcome.OfRule("PHI001"));
        }

        [Fact]
        public async Task Clean_code_builds_without_findings()
        {
            var clean = LeakyProgram.Replace("logger.LogInformation(\"Opened patient {Name}\", patient.Name);", string.Empty);
            using var project = new ConsumerProject(_package).Write("phiguard.json", Policy).Write("app/Program.cs", clean);

            var outcome = await project.BuildAsync();

            Assert.True(outcome.ExitCode == 0, outcome.Output);
            Assert.DoesNotContain(outcome.Diagnostics, d => d.Id.StartsWith("PHI", System.StringComparison.Ordinal));
        }

        [Fact]
        public async Task Files_a_policy_extends_are_passed_to_the_compiler_at_every_level()
        {
            using var project = new ConsumerProject(_package)
                .Write("phiguard.json", """{ "version": 1, "extends": [ "org/base.phiguard.json" ] }""")
                .Write("org/base.phiguard.json", """{ "version": 1, "extends": [ "../shared/leaf.json" ], "protected": [ { "type": "App.Patient" } ] }""")
                .Write("shared/leaf.json", """{ "version": 1, "unprotected": [ { "member": "App.Patient.Id" } ], "rules": { "PHI001": "error" } }""")
                .Write("app/Program.cs", LeakyProgram);

            var outcome = await project.BuildAsync();

            Assert.NotEqual(0, outcome.ExitCode);
            var finding = Assert.Single(outcome.OfRule("PHI001"));
            Assert.Equal("error", finding.Severity);
            Assert.Contains("base.phiguard.json", finding.Message);
        }

        [Fact]
        public async Task PhiGuardPolicyFile_points_to_a_policy_elsewhere()
        {
            using var project = new ConsumerProject(_package, "<PhiGuardPolicyFile>../policies/clinic.json</PhiGuardPolicyFile>")
                .Write("policies/clinic.json", Policy)
                .Write("app/Program.cs", LeakyProgram);

            var outcome = await project.BuildAsync();

            Assert.True(outcome.ExitCode == 0, outcome.Output);
            Assert.Contains("clinic.json", Assert.Single(outcome.OfRule("PHI001")).Message);
        }

        [Fact]
        public async Task Missing_PhiGuardPolicyFile_fails_the_build_with_PHI100()
        {
            using var project = new ConsumerProject(_package, "<PhiGuardPolicyFile>../policies/missing.json</PhiGuardPolicyFile>")
                .Write("app/Program.cs", LeakyProgram);

            var outcome = await project.BuildAsync();

            Assert.NotEqual(0, outcome.ExitCode);
            Assert.Contains("error PHI100", outcome.Output);
            Assert.Contains("missing.json", outcome.Output);
        }
    }
}
