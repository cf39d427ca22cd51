using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using PhiGuard.Cli.Tests.Support;
using Xunit;

namespace PhiGuard.Cli.Tests
{
    /// <summary><c>phiguard policy diff</c>: what a policy change does to a code base (findings, protected symbols, exemptions and approved sinks), as text, Markdown and JSON.</summary>
    public class PolicyDiffCommandTests
    {
        private const string Code = """
            namespace Clinic
            {
                public class Patient { public string Name { get; set; } = ""; public string Mrn { get; set; } = ""; }

                public class Service
                {
                    public void Run(Patient patient, string nhsNumber)
                    {
                        System.Console.WriteLine(patient.Name);
                        System.Console.WriteLine(nhsNumber);
                    }
                }
            }
            """;

        private const string Base = """
            {
              "version": 1,
              "protected": [ { "member": "Clinic.Patient.Name" } ],
              "exemptions": [ { "rule": "PHI002", "scope": "Clinic.Api.*", "justification": "FHIR API over TLS", "expires": "2099-01-01" } ],
              "approvedSinks": [ { "sink": "Clinic.Audit.Write", "justification": "the audit store is encrypted", "expires": "2099-01-01" } ]
            }
            """;

        private static string Head() => """
            {
              "version": 1,
              "protected": [ { "name": "nhs*" }, { "member": "Clinic.Patient.Mrn" } ],
              "exemptions": [ { "rule": "PHI001", "scope": "Clinic.Jobs.*", "justification": "nightly | export", "expires": "SOON", "approvedBy": "security@contoso.example" } ],
              "approvedSinks": [ { "sink": "Clinic.Claims.Export.Write*", "rules": [ "PHI003" ], "justification": "claim files go to the encrypted volume", "expires": "SOON" } ]
            }
            """.Replace("SOON", DateTime.UtcNow.Date.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);

        private static TempDirectory Repository() => new TempDirectory()
            .Write("code/Service.cs", Code)
            .Write("base.json", Base)
            .Write("head.json", Head());

        [Fact]
        public async Task Json_lists_findings_symbols_and_exemptions_that_change()
        {
            using var directory = Repository();

            var run = await PhiGuardTool.RunAsync(directory.Path, "policy", "diff", "base.json", "head.json", "code", "--no-build", "--format", "json");

            Assert.True(run.ExitCode == 0, run.ToString());
            using var json = JsonDocument.Parse(run.Output);
            var root = json.RootElement;
            var added = Assert.Single(root.GetProperty("added").EnumerateArray());
            Assert.Equal("PHI001", added.GetProperty("ruleId").GetString());
            Assert.Equal("Service.cs", added.GetProperty("file").GetString());
            Assert.Equal(10, added.GetProperty("line").GetInt32());
            Assert.Contains("'nhsNumber' is protected", added.GetProperty("message").GetString());
            var removed = Assert.Single(root.GetProperty("removed").EnumerateArray());
            Assert.Equal(9, removed.GetProperty("line").GetInt32());
            Assert.Contains("'Patient.Name' is protected", removed.GetProperty("message").GetString());
            Assert.Equal(new[] { "Clinic.Patient.Mrn" }, root.GetProperty("protected").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(new[] { "Clinic.Patient.Name" }, root.GetProperty("unprotected").EnumerateArray().Select(e => e.GetString()));
            var expiring = root.GetProperty("expiring").EnumerateArray().ToList();
            Assert.Equal(2, expiring.Count);
            var exemption = Assert.Single(expiring, e => e.GetProperty("kind").GetString() == "exemption");
            Assert.Equal("Clinic.Jobs.*", exemption.GetProperty("scope").GetString());
            Assert.Equal("head.json:4", exemption.GetProperty("at").GetString());
            var approval = Assert.Single(expiring, e => e.GetProperty("kind").GetString() == "approvedSink");
            Assert.Equal("Clinic.Claims.Export.Write*", approval.GetProperty("sink").GetString());
            Assert.Equal(new[] { "PHI003" }, approval.GetProperty("rules").EnumerateArray().Select(r => r.GetString()));
            Assert.Equal("Clinic.Audit.Write", Assert.Single(root.GetProperty("approvedSinksRemoved").EnumerateArray()).GetProperty("sink").GetString());
            Assert.Equal("Clinic.Claims.Export.Write*", Assert.Single(root.GetProperty("approvedSinksAdded").EnumerateArray()).GetProperty("sink").GetString());
            Assert.Equal("PHI002", Assert.Single(root.GetProperty("exemptionsRemoved").EnumerateArray()).GetProperty("rule").GetString());
            Assert.Equal("PHI001", Assert.Single(root.GetProperty("exemptionsAdded").EnumerateArray()).GetProperty("rule").GetString());
        }

        [Fact]
        public async Task Markdown_for_a_pull_request_has_a_summary_and_a_table_per_change()
        {
            using var directory = Repository();

            var run = await PhiGuardTool.RunAsync(directory.Path, "policy", "diff", "base.json", "head.json", "code", "--no-build", "--format", "markdown", "--output", "diff.md");

            Assert.True(run.ExitCode == 0, run.ToString());
            var markdown = directory.Read("diff.md");
            Assert.StartsWith("## PhiGuard: what this policy change does", markdown, StringComparison.Ordinal);
            Assert.Contains("| Findings added | 1 |", markdown);
            Assert.Contains("### Findings removed (1)", markdown);
            Assert.Contains("| `Clinic.Patient.Mrn` |", markdown);
            Assert.Contains("### Exemptions and approved sinks expiring within 30 days (2)", markdown);
            Assert.Contains("### Approved sinks removed (1)", markdown);
            Assert.Contains("| approvedSink | PHI003 | `Clinic.Claims.Export.Write*` |", markdown);
            Assert.Contains("nightly \\| export", markdown);
        }

        [Fact]
        public async Task Text_names_each_change_with_a_sign()
        {
            using var directory = Repository();

            var run = await PhiGuardTool.RunAsync(directory.Path, "policy", "diff", "base.json", "head.json", "code", "--no-build");

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("  + PHI001 Service.cs:10: 'nhsNumber' is protected", run.Output);
            Assert.Contains("  - Clinic.Patient.Name", run.Output);
            Assert.Contains("  + approved sink Clinic.Claims.Export.Write* for PHI003 until ", run.Output);
            Assert.Contains("PhiGuard: findings +1 -1, protected symbols +1 -1, exemptions +1 -1, approved sinks +1 -1, 2 expiring within 30 days", run.Output);
        }

        [Fact]
        public async Task Same_policy_on_both_sides_changes_nothing()
        {
            using var directory = Repository();

            var run = await PhiGuardTool.RunAsync(directory.Path, "policy", "diff", "base.json", "base.json", "code", "--no-build", "--format", "json");

            Assert.True(run.ExitCode == 0, run.ToString());
            using var json = JsonDocument.Parse(run.Output);
            foreach (var array in new[] { "added", "removed", "protected", "unprotected", "expiring" })
            {
                Assert.Equal(0, json.RootElement.GetProperty(array).GetArrayLength());
            }
        }

        [Theory]
        [InlineData("bad.json", "head.json", "the base policy")]
        [InlineData("base.json", "bad.json", "the head policy")]
        public async Task Invalid_policy_on_either_side_is_named_with_file_line_and_column_and_exits_2(string basePolicy, string headPolicy, string which)
        {
            using var directory = Repository().Write("bad.json", "{\n  \"version\": 1,\n  \"protected\": [ { \"regex\": \".*ssn.*\" } ]\n}");

            var run = await PhiGuardTool.RunAsync(directory.Path, "policy", "diff", basePolicy, headPolicy, "code", "--no-build");

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains(which + " " + directory["bad.json"] + " is invalid: " + directory["bad.json"] + ":3:", run.Error);
            Assert.Equal(string.Empty, run.Output);
        }

        [Fact]
        public async Task Missing_policy_file_is_one_line_with_the_fix()
        {
            using var directory = Repository();

            var run = await PhiGuardTool.RunAsync(directory.Path, "policy", "diff", "nope.json", "head.json", "code", "--no-build");

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Single(run.Error.Trim().Split('\n'));
            Assert.Contains("cannot read the policy " + directory["nope.json"] + ": no such file", run.Error);
        }
    }
}
