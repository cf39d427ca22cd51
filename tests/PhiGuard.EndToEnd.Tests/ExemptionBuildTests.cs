using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace PhiGuard.EndToEnd.Tests
{
    /// <summary>
    /// Policy exemptions in a real build: a finding inside an exemption's scope is suppressed and shows in the SARIF
    /// error log as suppressed, with the exemption's justification, approver, ticket and expiry; outside its scope,
    /// or once it has expired, the finding is reported as usual.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class ExemptionBuildTests
    {
        private const string Program = """
            using Microsoft.Extensions.Logging;
            using Microsoft.Extensions.Logging.Abstractions;

            namespace App
            {
                public class Patient { public int Id { get; set; } public string Name { get; set; } = ""; }

                public static class Program
                {
                    public static void Main()
                    {
                        var patient = new Patient { Id = 7, Name = "Ana" };
                        Api.FhirController.Read(NullLogger.Instance, patient);
                        Jobs.Export.Run(NullLogger.Instance, patient);
                    }
                }
            }

            namespace App.Api
            {
                public static class FhirController
                {
                    public static void Read(ILogger logger, Patient patient) => logger.LogInformation("Read {Name}", patient.Name);
                }
            }

            namespace App.Jobs
            {
                public static class Export
                {
                    public static void Run(ILogger logger, Patient patient) => logger.LogInformation("Exported {Name}", patient.Name);
                }
            }
            """;

        private readonly PackedPackageFixture _package;

        public ExemptionBuildTests(PackedPackageFixture package)
        {
            _package = package;
        }

        private static string Policy(string expires) => """
            {
              "version": 1,
              "protected": [ { "type": "App.Patient" } ],
              "exemptions": [
                {
                  "rule": "PHI001",
                  "scope": "App.Api.*",
                  "justification": "FHIR API read log goes to the audit store only",
                  "expires": "EXPIRES",
                  "approvedBy": "security@contoso.example",
                  "ticket": "SEC-123"
                }
              ]
            }
            """.Replace("EXPIRES", expires, System.StringComparison.Ordinal);

        [Fact]
        public async Task Exempted_finding_is_suppressed_in_SARIF_with_its_justification()
        {
            using var project = new ConsumerProject(_package).Write("phiguard.json", Policy("2027-06-30")).Write("app/Program.cs", Program);
            var log = Path.Combine(project.Root, "build.sarif");

            var outcome = await project.BuildAsync("-p:PhiGuardToday=2027-01-15", "-p:ErrorLog=" + log + "%2Cversion%3D2.1");

            Assert.True(outcome.ExitCode == 0, outcome.Output);
            var reported = Assert.Single(outcome.OfRule("PHI001"));
            Assert.EndsWith("Program.cs", reported.File);
            Assert.Contains("Exported", File.ReadAllLines(Path.Combine(project.ProjectDirectory, "Program.cs"))[reported.Line - 1]);

            var results = SarifResults(log, "PHI001");
            Assert.Equal(2, results.Count);
            var suppressed = Assert.Single(results, r => r.TryGetProperty("suppressions", out _));
            var suppression = Assert.Single(suppressed.GetProperty("suppressions").EnumerateArray());
            Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
            Assert.Contains(
                "FHIR API read log goes to the audit store only (approved by security@contoso.example, ticket SEC-123, until 2027-06-30)",
                suppression.GetProperty("properties").GetProperty("suppressionType").GetString());
            Assert.Contains("PHIX001", suppression.GetProperty("properties").GetProperty("suppressionType").GetString());
        }

        [Fact]
        public async Task Expired_exemption_suppresses_nothing_and_fails_the_build_with_PHI101()
        {
            using var project = new ConsumerProject(_package).Write("phiguard.json", Policy("2026-12-31")).Write("app/Program.cs", Program);

            var outcome = await project.BuildAsync("-p:PhiGuardToday=2027-01-15");

            Assert.NotEqual(0, outcome.ExitCode);
            Assert.Equal(2, outcome.OfRule("PHI001").Count());
            var expired = Assert.Single(outcome.OfRule("PHI101"));
            Assert.Equal("error", expired.Severity);
            Assert.EndsWith("phiguard.json", expired.File);
            Assert.Equal((5, 5), (expired.Line, expired.Column));
        }

        private static System.Collections.Generic.List<JsonElement> SarifResults(string path, string ruleId)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return document.RootElement.GetProperty("runs").EnumerateArray()
                .SelectMany(run => run.GetProperty("results").EnumerateArray())
                .Where(result => result.GetProperty("ruleId").GetString() == ruleId)
                .Select(result => result.Clone())
                .ToList();
        }
    }
}
