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
    /// </summary>
    public class CiSamplesTests
    {
        public static IEnumerable<object[]> Samples() =>
            Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "samples", "ci"), "*.yml").Select(path => new object[] { Path.GetFileName(path) });

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
