using System.Threading.Tasks;
using PhiGuard.Cli.Tests.Support;
using Xunit;

namespace PhiGuard.Cli.Tests
{
    /// <summary>Usage and input errors: exit code 2 and one line on stderr that says what to fix.</summary>
    public class InputErrorTests
    {
        [Theory]
        [InlineData(new[] { "scan" }, "Required argument missing")]
        [InlineData(new[] { "scan", ".", "--format", "xml" }, "'xml' is not a valid --format; use one of text, sarif, json, markdown")]
        [InlineData(new[] { "scan", ".", "--fail-on", "sometimes" }, "'sometimes' is not a valid --fail-on")]
        [InlineData(new[] { "scan", ".", "--colour" }, "--colour")]
        [InlineData(new[] { "frobnicate" }, "unknown command or option 'frobnicate'")]
        [InlineData(new string[0], "Required command was not provided")]
        public async Task Bad_arguments_exit_2_with_one_line(string[] arguments, string expected)
        {
            using var directory = new TempDirectory();

            var run = await PhiGuardTool.RunAsync(directory.Path, arguments);

            AssertOneLineError(run, expected);
        }

        [Fact]
        public async Task Missing_target_exits_2()
        {
            using var directory = new TempDirectory();

            var run = await PhiGuardTool.RunAsync(directory.Path, "scan", "missing", "--no-build");

            AssertOneLineError(run, "no such file or directory: missing");
        }

        [Fact]
        public async Task Directory_without_cs_files_exits_2()
        {
            using var directory = new TempDirectory().Write("README.md", "nothing to scan");

            var run = await PhiGuardTool.RunAsync(directory.Path, "scan", ".", "--no-build");

            AssertOneLineError(run, "no .cs files under");
        }

        [Fact]
        public async Task Invalid_policy_exits_2_and_points_to_policy_validate()
        {
            using var code = ClinicCode.Create().Write("phiguard.json", """{ "version": 1, "protectd": [] }""");

            var run = await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build");

            AssertOneLineError(run, "is invalid: ");
            Assert.Contains("phiguard.json:1:17: unknown key \"protectd\"", run.Error);
            Assert.Contains("phiguard policy validate", run.Error);
        }

        [Fact]
        public async Task Unreadable_policy_exits_2()
        {
            using var code = ClinicCode.Create().Write("policies/keep", string.Empty);

            var run = await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build", "--policy", "policies");

            AssertOneLineError(run, "cannot read the policy");
        }

        [Fact]
        public async Task Invalid_baseline_exits_2_before_scanning()
        {
            using var code = ClinicCode.Create().Write("baseline.json", "{ not json");

            var run = await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build", "--baseline", "baseline.json");

            AssertOneLineError(run, "the baseline baseline.json is not valid JSON (line 1)");
        }

        [Fact]
        public async Task Directory_with_several_projects_needs_one_named()
        {
            using var code = new TempDirectory()
                .Write("One.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />")
                .Write("Two.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");

            var run = await PhiGuardTool.RunAsync(code.Path, "scan", ".");

            AssertOneLineError(run, "several projects in");
        }

        [Fact]
        public async Task Project_file_that_is_not_msbuild_exits_2()
        {
            using var code = new TempDirectory().Write("Broken.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup>");

            var run = await PhiGuardTool.RunAsync(code.Path, "scan", "Broken.csproj");

            AssertOneLineError(run, "Broken.csproj");
        }

        private static void AssertOneLineError(ToolRun run, string expected)
        {
            Assert.True(run.ExitCode == 2, run.ToString());
            var lines = run.Error.Trim().Split('\n');
            Assert.True(lines.Length == 1, run.ToString());
            Assert.StartsWith("phiguard: error: ", lines[0]);
            Assert.Contains(expected, lines[0]);
        }
    }
}
