using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace PhiGuard.EndToEnd.Tests
{
    /// <summary>
    /// Approved sinks in a real build: a flow through an approved method is suppressed and shows in the SARIF error log
    /// as suppressed, with the approval's justification; the same data logged outside it is reported as usual.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class ApprovedSinkBuildTests
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
                        AuditChannel.Record(NullLogger.Instance, patient.Name);
                        NullLogger.Instance.LogInformation("Admitted {Name}", patient.Name);
                    }
                }

                public static class AuditChannel
                {
                    public static void Record(ILogger logger, string entry) => logger.LogInformation("Audit {Entry}", entry);
                }
            }
            """;

        private const string Policy = """
            {
              "version": 1,
              "protected": [ { "type": "App.Patient" } ],
              "approvedSinks": [
                {
                  "sink": "App.AuditChannel.Record",
                  "rules": [ "PHI001" ],
                  "justification": "the audit channel writes to the encrypted audit store",
                  "expires": "2027-06-30",
                  "approvedBy": "security@contoso.example"
                }
              ]
            }
            """;

        private readonly PackedPackageFixture _package;

        public ApprovedSinkBuildTests(PackedPackageFixture package)
        {
            _package = package;
        }

        [Fact]
        public async Task Flow_through_an_approved_sink_is_suppressed_in_SARIF_with_its_justification()
        {
            using var project = new ConsumerProject(_package).Write("phiguard.json", Policy).Write("app/Program.cs", Program);
            var log = Path.Combine(project.Root, "build.sarif");

            var outcome = await project.BuildAsync("-p:PhiGuardToday=2027-01-15", "-p:ErrorLog=" + log + "%2Cversion%3D2.1");

            Assert.True(outcome.ExitCode == 0, outcome.Output);
            var reported = Assert.Single(outcome.OfRule("PHI001"));
            Assert.Contains("Admitted", File.ReadAllLines(Path.Combine(project.ProjectDirectory, "Program.cs"))[reported.Line - 1]);

            using var document = JsonDocument.Parse(File.ReadAllText(log));
            var results = document.RootElement.GetProperty("runs").EnumerateArray()
                .SelectMany(run => run.GetProperty("results").EnumerateArray())
                .Where(result => result.GetProperty("ruleId").GetString() == "PHI001")
                .ToList();
            Assert.Equal(2, results.Count);
            var suppressed = Assert.Single(results, r => r.TryGetProperty("suppressions", out _));
            var suppressionType = Assert.Single(suppressed.GetProperty("suppressions").EnumerateArray()).GetProperty("properties").GetProperty("suppressionType").GetString();
            Assert.Contains("the audit channel writes to the encrypted audit store (approved sink App.AuditChannel.Record, approved by security@contoso.example, until 2027-06-30)", suppressionType);
            Assert.Contains("PHIA001", suppressionType);
        }
    }
}
