using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using PhiGuard.Cli.Tests.Support;
using Xunit;

namespace PhiGuard.Cli.Tests
{
    /// <summary><c>phiguard init</c>: a valid starter policy, and suggestions from the code.</summary>
    public class InitCommandTests
    {
        [Fact]
        public async Task Init_writes_a_valid_policy_extending_the_default_pack_and_suggests_PHI_types()
        {
            using var code = new TempDirectory().Write("Domain/Member.cs", """
                namespace Health.Domain;
                public class Member
                {
                    public int Id { get; set; }
                    public string Ssn { get; set; } = "";
                    public System.DateTime DateOfBirth { get; set; }
                    public string Mrn;
                }
                public record Invoice(decimal Amount, string Currency);
                """);

            var init = await PhiGuardTool.RunAsync(code.Path, "init");
            var validate = await PhiGuardTool.RunAsync(code.Path, "policy", "validate", "phiguard.json");

            Assert.True(init.ExitCode == 0, init.ToString());
            Assert.Contains("(extends builtin:hipaa-safe-harbor)", init.Output);
            Assert.Contains("{\"type\":\"Health.Domain.Member\",\"members\":[\"Ssn\",\"DateOfBirth\",\"Mrn\"]}    (Domain/Member.cs:2)", init.Output);
            Assert.DoesNotContain("Invoice", init.Output);
            using var policy = JsonDocument.Parse(code.Read("phiguard.json"));
            Assert.Equal("builtin:hipaa-safe-harbor", policy.RootElement.GetProperty("extends")[0].GetString());
            Assert.True(validate.ExitCode == 0, validate.ToString());
        }

        [Fact]
        public async Task Init_does_not_overwrite_an_existing_policy_without_force()
        {
            using var code = new TempDirectory().Write("phiguard.json", "{ \"version\": 1, \"name\": \"mine\" }");

            var refused = await PhiGuardTool.RunAsync(code.Path, "init", ".");
            var unchanged = code.Read("phiguard.json");
            var forced = await PhiGuardTool.RunAsync(code.Path, "init", ".", "--force");

            Assert.True(refused.ExitCode == 2, refused.ToString());
            Assert.Contains("already exists", refused.Error);
            Assert.Contains("\"mine\"", unchanged);
            Assert.True(forced.ExitCode == 0, forced.ToString());
            Assert.DoesNotContain("\"mine\"", code.Read("phiguard.json"));
        }

        [Fact]
        public async Task Init_rejects_an_unknown_pack()
        {
            using var code = new TempDirectory();

            var run = await PhiGuardTool.RunAsync(code.Path, "init", ".", "--pack", "gdpr-everything");

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("unknown pack 'gdpr-everything'", run.Error);
            Assert.False(File.Exists(code["phiguard.json"]));
        }
    }
}
