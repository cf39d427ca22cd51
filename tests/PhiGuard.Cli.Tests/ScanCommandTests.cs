using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using PhiGuard.Cli.Tests.Support;
using Xunit;

namespace PhiGuard.Cli.Tests
{
    /// <summary><c>phiguard scan</c> without a build, on throwaway code bases: exit codes, policies, suppressions, formats.</summary>
    public class ScanCommandTests
    {
        [Fact]
        public async Task Leak_is_reported_grouped_by_rule_and_file_and_exits_1()
        {
            using var code = ClinicCode.Create();

            var run = await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build");

            Assert.True(run.ExitCode == 1, run.ToString());
            var lines = run.Output.Split('\n').Select(l => l.TrimEnd()).ToList();
            var rule = lines.FindIndex(l => l.StartsWith("PHI001 ", System.StringComparison.Ordinal));
            Assert.True(rule >= 0, run.ToString());
            Assert.Equal("  src/Clinic/PatientService.cs", lines[rule + 1]);
            var line = ClinicCode.LineOf(ClinicCode.Service, "{Name}");
            Assert.StartsWith("    " + line + ":", lines[rule + 2]);
            Assert.Contains("'Patient.Name' is protected", lines[rule + 2]);
            Assert.DoesNotContain("Patient.Id", run.Output);
            Assert.Contains("PhiGuard: 1 finding (1 warning)", run.Output);
        }

        [Fact]
        public async Task Clean_code_exits_0()
        {
            using var code = ClinicCode.Create().Write("src/Clinic/PatientService.cs", ClinicCode.Service.Replace("_logger.LogInformation(\"Admitting {Name}\", patient.Name);", string.Empty));

            var run = await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build");

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("PhiGuard: no findings", run.Output);
        }

        [Theory]
        [InlineData("error", 0)]
        [InlineData("warning", 1)]
        [InlineData("none", 0)]
        public async Task Fail_on_sets_the_lowest_severity_that_fails(string failOn, int expectedExitCode)
        {
            using var code = ClinicCode.Create();

            var run = await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build", "--fail-on", failOn);

            Assert.True(run.ExitCode == expectedExitCode, run.ToString());
        }

        [Fact]
        public async Task Policy_severity_error_fails_a_scan_that_fails_on_errors_only()
        {
            using var code = ClinicCode.Create().Write("phiguard.json", ClinicCode.Policy.Replace("\"version\": 1,", "\"version\": 1, \"rules\": { \"PHI001\": \"error\" },"));

            var run = await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build", "--fail-on", "error");

            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.Contains(" error: 'Patient.Name' is protected", run.Output);
        }

        [Fact]
        public async Task Explicit_policy_replaces_the_nearest_one()
        {
            using var code = ClinicCode.Create().Write("other/empty.json", """{ "version": 1 }""");

            var run = await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build", "--policy", code["other/empty.json"]);

            Assert.True(run.ExitCode == 0, run.ToString());
        }

        [Fact]
        public async Task Without_a_policy_file_the_default_pack_applies()
        {
            using var code = new TempDirectory().Write("App/Member.cs", """
                namespace App;
                public static class Members
                {
                    public static void Show(string memberSsn) => System.Console.WriteLine(memberSsn);
                }
                """);

            var run = await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build", "--format", "json");

            Assert.True(run.ExitCode == 1, run.ToString());
            using var json = JsonDocument.Parse(run.Output);
            Assert.Equal("default builtin:hipaa-safe-harbor", json.RootElement.GetProperty("projects")[0].GetProperty("policyOrigin").GetString());
            Assert.Matches(@"^name:\*?ssn\*?$", json.RootElement.GetProperty("findings")[0].GetProperty("policyEntry").GetString());
        }

        [Fact]
        public async Task Pragma_and_SuppressMessage_suppress_in_source_and_do_not_fail()
        {
            var service = ClinicCode.Service
                .Replace("        _logger.LogInformation(\"Admitting {Name}\", patient.Name);", "#pragma warning disable PHI001\n        _logger.LogInformation(\"Admitting {Name}\", patient.Name);\n#pragma warning restore PHI001")
                .Replace("    public void Admit(Patient patient)", "    public void Admit(Patient patient)") + """

                public class Reception
                {
                    [System.Diagnostics.CodeAnalysis.SuppressMessage("PhiGuard", "PHI001", Justification = "Reviewed by privacy office")]
                    public void Greet(Patient patient, Microsoft.Extensions.Logging.ILogger logger) => Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(logger, "Hello {Name}", patient.Name);
                }
                """;
            using var code = ClinicCode.Create().Write("src/Clinic/PatientService.cs", service);

            var run = await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build", "--format", "sarif");

            Assert.True(run.ExitCode == 0, run.ToString());
            using var sarif = JsonDocument.Parse(run.Output);
            var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
            var suppressions = results
                .Where(r => r.GetProperty("ruleId").GetString() == "PHI001")
                .Select(r => r.GetProperty("suppressions")[0])
                .Select(s => (Kind: s.GetProperty("kind").GetString()!, Justification: s.GetProperty("justification").GetString()!))
                .OrderBy(s => s.Justification)
                .ToList();
            Assert.Equal(new[] { ("inSource", "#pragma warning disable"), ("inSource", "Reviewed by privacy office") }, suppressions);

            // The pragma gives no reason on its line, so PHI102 asks for one (info: it does not fail the scan).
            Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "PHI102");
        }

        [Fact]
        public async Task Policy_exemption_shows_its_justification_approver_and_ticket_in_every_report()
        {
            using var code = ClinicCode.Create().Write("phiguard.json", ClinicCode.Policy.Replace(
                "\"version\": 1,",
                "\"version\": 1, \"exemptions\": [ { \"rule\": \"PHI001\", \"scope\": \"Clinic.PatientService\", \"justification\": \"Admission log is kept on the clinic's encrypted volume\", \"expires\": \"2099-01-01\", \"approvedBy\": \"privacy@clinic.example\", \"ticket\": \"SEC-42\" } ],"));

            var sarifRun = await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build", "--format", "sarif");
            var textRun = await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build");

            Assert.True(sarifRun.ExitCode == 0, sarifRun.ToString());
            using var sarif = JsonDocument.Parse(sarifRun.Output);
            var suppression = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Single(r => r.GetProperty("ruleId").GetString() == "PHI001")
                .GetProperty("suppressions")[0];
            Assert.Equal("external", suppression.GetProperty("kind").GetString());
            var justification = suppression.GetProperty("justification").GetString()!;
            Assert.Contains("Admission log is kept on the clinic's encrypted volume", justification);
            Assert.Contains("approved by privacy@clinic.example", justification);
            Assert.Contains("ticket SEC-42", justification);
            Assert.True(textRun.ExitCode == 0, textRun.ToString());
            Assert.Contains("policy exemption: Admission log is kept on the clinic's encrypted volume", textRun.Output);
        }

        [Fact]
        public async Task Fingerprints_survive_edits_that_move_lines()
        {
            using var code = ClinicCode.Create();
            var before = await FingerprintsAsync(code);

            code.Write("src/Clinic/PatientService.cs", "// A header comment\n// that moves every line down.\n\n" + ClinicCode.Service.Replace("    public void Admit", "    public int Unrelated() => 42;\n\n    public void Admit"));
            var after = await FingerprintsAsync(code);

            Assert.Single(before);
            Assert.Equal(before, after);
        }

        [Fact]
        public async Task Markdown_report_has_a_table_per_rule()
        {
            using var code = ClinicCode.Create();

            var run = await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build", "--format", "markdown");

            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.StartsWith("## PhiGuard: 1 finding (1 warning)", run.Output);
            Assert.Contains("### [PHI001](https://github.com/phiguard/phiguard/blob/main/docs/rules/PHI001.md)", run.Output);
            Assert.Contains("| warning | `src/Clinic/PatientService.cs:" + ClinicCode.LineOf(ClinicCode.Service, "{Name}") + ":", run.Output);
        }

        [Fact]
        public async Task Output_file_is_written_whole_and_stdout_gets_the_summary()
        {
            using var code = ClinicCode.Create();

            var run = await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build", "--format", "json", "--output", "reports/phiguard.json");

            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.Contains("report written to reports/phiguard.json", run.Output);
            using var json = JsonDocument.Parse(code.Read("reports/phiguard.json"));
            Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("findings").GetInt32());
            Assert.Equal(1, json.RootElement.GetProperty("exitCode").GetInt32());
            Assert.Equal(new[] { "phiguard.json" }, Directory.GetFiles(code["reports"]).Select(Path.GetFileName));
        }

        [Fact]
        public async Task Report_that_cannot_be_written_is_saved_elsewhere_and_exits_2()
        {
            using var code = ClinicCode.Create().Write("blocker", "a file where a directory should be");

            var run = await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build", "--format", "sarif", "--output", "blocker/report.sarif");

            Assert.True(run.ExitCode == 2, run.ToString());
            var saved = System.Text.RegularExpressions.Regex.Match(run.Error, "saved to (\\S+) instead").Groups[1].Value;
            Assert.True(File.Exists(saved), run.ToString());
            Assert.Contains("\"version\": \"2.1.0\"", File.ReadAllText(saved));
            File.Delete(saved);
        }

        [Fact]
        public async Task Progress_is_shown_only_when_stderr_is_a_terminal()
        {
            using var code = ClinicCode.Create();
            var command = "dotnet " + RepositoryPaths.CliAssembly + " scan . --no-build --fail-on none";

            var redirected = await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build", "--fail-on", "none");
            var terminal = await PhiGuardTool.RunProcessAsync("script", new[] { "-qefc", command, "/dev/null" }, code.Path);

            Assert.DoesNotContain("projects done", redirected.Error + redirected.Output);
            Assert.True(terminal.ExitCode == 0, terminal.ToString());
            Assert.Contains("1/1 projects done", terminal.Output);
        }

        private static async Task<string[]> FingerprintsAsync(TempDirectory code)
        {
            var run = await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build", "--format", "json");
            Assert.True(run.ExitCode == 1, run.ToString());
            using var json = JsonDocument.Parse(run.Output);
            return json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("fingerprint").GetString()!).ToArray();
        }
    }
}
