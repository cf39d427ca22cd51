using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using PhiGuard.Cli.Tests.Support;
using Xunit;

namespace PhiGuard.Cli.Tests
{
    /// <summary>
    /// The CI examples under samples/ci run as written: each phiguard command in them is run against a small code
    /// base (the solution replaced by its directory, without a build), after the baseline they rely on is created.
    /// The policy diff workflow is run against a base and a head checkout of its own.
    /// </summary>
    public class CiSamplesTests
    {
        private const string PolicyDiffSample = "github-actions-policy-diff.yml";

        public static IEnumerable<object[]> Samples() =>
            Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "samples", "ci"), "*.yml")
                .Select(Path.GetFileName)
                .Where(name => name != PolicyDiffSample)
                .Select(name => new object[] { name! });

        [Theory]
        [MemberData(nameof(Samples))]
        public async Task Ci_sample_commands_run_and_pass_with_the_baseline(string sample)
        {
            var commands = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "samples", "ci", sample))
                .Select(line => Regex.Match(line, @"(?:run:|script:)\s+(phiguard .*)$"))
                .Where(match => match.Success)
                .Select(match => Arguments(match.Groups[1].Value))
                .ToList();
            Assert.Contains(commands, c => c.Contains("--baseline") && c.Contains("sarif"));
            using var code = ClinicCode.Create();
            var baseline = await PhiGuardTool.RunAsync(code.Path, "baseline", "create", ".", "--no-build");
            Assert.True(baseline.ExitCode == 0, baseline.ToString());

            foreach (var arguments in commands)
            {
                var run = await PhiGuardTool.RunAsync(code.Path, arguments.Append("--no-build").ToArray());

                Assert.True(run.ExitCode == 0, string.Join(' ', arguments) + "\n" + run);
            }

            var sarif = Directory.GetFiles(code.Path, "phiguard.sarif", SearchOption.AllDirectories);
            Assert.Single(sarif);
        }

        [Fact]
        public async Task Policy_diff_workflow_runs_on_policy_changes_and_writes_the_markdown_it_posts()
        {
            var sample = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "samples", "ci", PolicyDiffSample));
            var triggers = Regex.Match(sample, @"pull_request:\s+paths:\s+((?:\s*- '[^']+'\s*)+)").Groups[1].Value;
            Assert.Contains("'**/phiguard.json'", triggers);
            Assert.Contains("'**/Directory.Packages.props'", triggers);
            Assert.Contains("'**/*.csproj'", triggers);
            Assert.Contains("gh pr comment", sample);
            Assert.Contains("--body-file policy-diff.md", sample);
            var command = Assert.Single(Regex.Matches(sample, @"run:\s+(phiguard .*)$", RegexOptions.Multiline)).Groups[1].Value;
            using var checkouts = new TempDirectory()
                .Write("base/phiguard.json", """{ "version": 1, "protected": [ { "name": "*ssn*" } ] }""")
                .Write("head/phiguard.json", """{ "version": 1, "protected": [ { "name": "*ssn*" }, { "name": "*mrn*" } ] }""")
                .Write("head/Service.cs", "public class Service { public void Run(string ssn, string mrn) { System.Console.WriteLine(ssn); System.Console.WriteLine(mrn); } }\n");

            var run = await PhiGuardTool.RunAsync(checkouts.Path, Arguments(command).Append("--no-build").ToArray());

            Assert.True(run.ExitCode == 0, command + "\n" + run);
            var markdown = checkouts.Read("policy-diff.md");
            Assert.Contains("## PhiGuard: what this policy change does", markdown);
            Assert.Contains("| Findings added | 1 |", markdown);
            Assert.Contains("'mrn' is protected", markdown);
        }

        /// <summary>The command's arguments, with the solution and CI variables replaced by local paths and shell redirection dropped.</summary>
        private static List<string> Arguments(string command)
        {
            var local = Regex.Replace(command, @"\s*>>.*$", string.Empty)
                .Replace("MySolution.sln", ".")
                .Replace("$(Build.ArtifactStagingDirectory)", "staging")
                .Replace("\"", string.Empty);
            return local.Split(' ', System.StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        }
    }
}
