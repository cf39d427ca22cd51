using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using PhiGuard.Cli.Tests.Support;
using Xunit;

namespace PhiGuard.Cli.Tests
{
    /// <summary>A baseline made from one scan must match the next scan of the same code: findings and fingerprints are the same on every run.</summary>
    public class ScanDeterminismTests
    {
        private const string Cycles = """
            using Microsoft.Extensions.Logging;

            namespace Clinic;

            public class Cycles
            {
                private readonly ILogger<Cycles> _logger;
                public Cycles(ILogger<Cycles> logger) => _logger = logger;

                public void Even(string text, int n) { if (n == 0) { _logger.LogInformation("{Even}", text); } else { Odd(text, n - 1); } }
                public void Odd(string text, int n) { if (n > 0) { Even(text, n - 1); } }
                public string Echo(string text, int n) => n == 0 ? "[" + text + "]" : Shout(text, n - 1);
                public string Shout(string text, int n) => n == 0 ? "!" : Echo(text, n - 1);
            }
            """;

        [Fact]
        public async Task Scans_of_unchanged_code_with_recursion_give_identical_findings_and_fingerprints()
        {
            using var code = ClinicCode.Create().Write("src/Clinic/Cycles.cs", Cycles);
            for (var i = 0; i < 6; i++)
            {
                code.Write("src/Clinic/Caller" + i + ".cs", "namespace Clinic;\n\npublic class Caller" + i + "\n{\n"
                    + "    public void Odd(Cycles cycles, Patient patient) => cycles.Odd(patient.Name, " + i + ");\n"
                    + "    public void Even(Cycles cycles, Patient patient) => cycles.Even(patient.Name, " + i + ");\n"
                    + "    public string Loud(Cycles cycles, Patient patient) => cycles.Shout(patient.Name, " + i + ");\n}\n");
            }

            var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build", "--format", "json")));

            var findings = runs.Select(run => JsonNode.Parse(run.Output)!["findings"]!.ToJsonString()).ToList();
            Assert.All(runs, run => Assert.True(run.ExitCode == 1, run.ToString()));
            Assert.All(findings, found => Assert.Equal(findings[0], found));
            Assert.Equal(13, JsonNode.Parse(runs[0].Output)!["findings"]!.AsArray().Count);
        }
    }
}
