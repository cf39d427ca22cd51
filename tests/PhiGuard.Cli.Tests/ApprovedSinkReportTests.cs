using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using PhiGuard.Cli.Tests.Support;
using Xunit;

namespace PhiGuard.Cli.Tests
{
    /// <summary>Flows into approved sinks in the CLI's reports: suppressed with their approval, listed in the inventory.</summary>
    public class ApprovedSinkReportTests
    {
        /// <summary>The clinic's admission log goes through an audit helper the security team approved for PHI001.</summary>
        private const string AuditedService = """
            using Microsoft.Extensions.Logging;

            namespace Clinic;

            public class PatientService
            {
                private readonly ILogger<PatientService> _logger;

                public PatientService(ILogger<PatientService> logger)
                {
                    _logger = logger;
                }

                public void Admit(Patient patient)
                {
                    AdmissionLog.Record(_logger, patient.Name);
                    _logger.LogWarning("Admitted {Name}", patient.Name);
                }
            }

            public static class AdmissionLog
            {
                public static void Record(ILogger logger, string name) => logger.LogInformation("Admitting {Name}", name);
            }
            """;

        private static TempDirectory Approving(string expires) => ClinicCode.Create()
            .Write("src/Clinic/PatientService.cs", AuditedService)
            .Write("phiguard.json", ClinicCode.Policy.Replace(
                "\"version\": 1,",
                "\"version\": 1, \"approvedSinks\": [ { \"sink\": \"Clinic.AdmissionLog.Record\", \"rules\": [\"PHI001\"], \"justification\": \"the admission log is kept on the clinic's encrypted volume\", \"expires\": \"" + expires + "\", \"approvedBy\": \"privacy@clinic.example\", \"ticket\": \"SEC-9\" } ],"));

        [Fact]
        public async Task Flow_into_an_approved_sink_is_recorded_as_suppressed_with_its_approval_in_sarif_and_text()
        {
            using var code = Approving("2099-01-01");

            var sarifRun = await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build", "--format", "sarif");
            var textRun = await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build");

            using var sarif = JsonDocument.Parse(sarifRun.Output);
            var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Where(r => r.GetProperty("ruleId").GetString() == "PHI001").ToList();
            Assert.Equal(2, results.Count);
            var approved = Assert.Single(results, r => r.TryGetProperty("suppressions", out _));
            Assert.Contains("AdmissionLog.Record", approved.GetProperty("message").GetProperty("text").GetString());
            var suppression = approved.GetProperty("suppressions")[0];
            Assert.Equal("external", suppression.GetProperty("kind").GetString());
            Assert.Equal("accepted", suppression.GetProperty("status").GetString());
            Assert.Equal(
                "the admission log is kept on the clinic's encrypted volume (approved sink Clinic.AdmissionLog.Record, approved by privacy@clinic.example, ticket SEC-9, until 2099-01-01)",
                suppression.GetProperty("justification").GetString());
            Assert.Contains("LogWarning", Assert.Single(results, r => !r.TryGetProperty("suppressions", out _)).GetProperty("message").GetProperty("text").GetString());
            Assert.True(textRun.ExitCode == 1, textRun.ToString());
            Assert.Contains("PhiGuard: 1 finding (1 warning), 1 suppressed", textRun.Output);
            Assert.Contains("approved sink: the admission log is kept on the clinic's encrypted volume (approved sink Clinic.AdmissionLog.Record", textRun.Output);
        }

        [Fact]
        public async Task Expired_approval_approves_nothing()
        {
            using var code = Approving("2020-01-01");

            var run = await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build", "--format", "sarif");

            using var sarif = JsonDocument.Parse(run.Output);
            var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Where(r => r.GetProperty("ruleId").GetString() == "PHI001").ToList();
            Assert.Equal(2, results.Count);
            Assert.All(results, r => Assert.False(r.TryGetProperty("suppressions", out _)));
        }

        [Fact]
        public async Task Inventory_lists_the_approved_sinks_and_the_flows_they_approve()
        {
            using var code = Approving("2099-01-01");
            using var reports = new TempDirectory();

            var run = await PhiGuardTool.RunAsync(code.Path, "inventory", ".", "--no-build", "--format", "json", "--output", reports["map.json"]);

            Assert.True(run.ExitCode == 0, run.ToString());
            using var json = JsonDocument.Parse(reports.Read("map.json"));
            var approval = Assert.Single(json.RootElement.GetProperty("approvedSinks").EnumerateArray().ToList());
            Assert.Equal("Clinic.AdmissionLog.Record", approval.GetProperty("sink").GetString());
            Assert.Equal(new[] { "PHI001" }, approval.GetProperty("rules").EnumerateArray().Select(r => r.GetString()));
            Assert.Equal("privacy@clinic.example", approval.GetProperty("approvedBy").GetString());
            Assert.Equal("2099-01-01", approval.GetProperty("expires").GetString());
            Assert.Equal(1, approval.GetProperty("flows").GetInt32());
            var flow = Assert.Single(json.RootElement.GetProperty("approvedFlows").EnumerateArray().ToList());
            Assert.Equal("src/Clinic/PatientService.cs:" + ClinicCode.LineOf(AuditedService, "AdmissionLog.Record("), flow.GetProperty("at").GetString());
            Assert.Equal(1, json.RootElement.GetProperty("flows").GetArrayLength());
            Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("approvedFlows").GetInt32());
        }
    }
}
