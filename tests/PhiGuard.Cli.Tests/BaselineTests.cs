using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using PhiGuard.Cli.Tests.Support;
using Xunit;

namespace PhiGuard.Cli.Tests
{
    /// <summary><c>phiguard baseline create</c> and <c>scan --baseline</c>: accepted findings are suppressed, new ones fail.</summary>
    public class BaselineTests
    {
        [Fact]
        public async Task Baseline_round_trip_suppresses_accepted_findings_and_fails_on_new_ones()
        {
            using var code = ClinicCode.Create();

            var create = await PhiGuardTool.RunAsync(code.Path, "baseline", "create", ".", "--no-build", "--output", "phiguard.baseline.json");
            Assert.True(create.ExitCode == 0, create.ToString());
            Assert.Contains("baseline of 1 finding written to phiguard.baseline.json", create.Output);

            var accepted = await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build", "--baseline", "phiguard.baseline.json", "--format", "sarif");
            Assert.True(accepted.ExitCode == 0, accepted.ToString());
            var results = Results(accepted.Output);
            var only = Assert.Single(results);
            Assert.Equal("external", only.GetProperty("suppressions")[0].GetProperty("kind").GetString());

            code.Write("src/Clinic/DischargeService.cs", ClinicCode.Discharge);
            var withNew = await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build", "--baseline", "phiguard.baseline.json", "--format", "json");
            Assert.True(withNew.ExitCode == 1, withNew.ToString());
            using var json = JsonDocument.Parse(withNew.Output);
            var active = json.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("suppressed").ValueKind == JsonValueKind.Null).ToList();
            Assert.Equal("src/Clinic/DischargeService.cs", Assert.Single(active).GetProperty("file").GetString());
            Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("suppressed").GetInt32());
        }

        [Fact]
        public async Task Baseline_file_names_each_finding_for_review()
        {
            using var code = ClinicCode.Create();

            var create = await PhiGuardTool.RunAsync(code.Path, "baseline", "create", ".", "--no-build");

            Assert.True(create.ExitCode == 0, create.ToString());
            using var json = JsonDocument.Parse(code.Read("phiguard.baseline.json"));
            var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
            Assert.Equal("PHI001", finding.GetProperty("rule").GetString());
            Assert.Equal("src/Clinic/PatientService.cs", finding.GetProperty("file").GetString());
            Assert.Equal("Clinic.PatientService.Admit", finding.GetProperty("member").GetString());
            Assert.Equal("Patient.Name", finding.GetProperty("subject").GetString());
            Assert.Equal("ILogger.LogInformation", finding.GetProperty("sink").GetString());
            Assert.Equal(32, finding.GetProperty("fingerprint").GetString()!.Length);
        }

        private static JsonElement[] Results(string sarif)
        {
            using var document = JsonDocument.Parse(sarif);
            return document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.Clone()).ToArray();
        }
    }
}
