using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace PhiGuard.EndToEnd.Tests
{
    /// <summary>
    /// `dotnet build samples/&lt;name&gt;` (the README's main command builds samples/PatientPortal) reports exactly the
    /// seeded leaks of every sample with a policy: every line after a "// Seeded leak" comment, and nothing else. The
    /// correct code beside each leak stays clean. Each build compiles the sample into a folder of the test's own, so
    /// what the user's own builds left in the sample's bin/ and obj/ cannot hide the warnings.
    /// </summary>
    [Collection(SampleBuildCollection.Name)]
    public class SampleBuildTests
    {
        private static readonly Regex RuleInComment = new Regex(@"PHI\d{3}");

        public static TheoryData<string> Samples() => new TheoryData<string>(SampleNames());

        [Fact]
        public void Every_sample_with_a_policy_is_checked() =>
            Assert.Equal(new[] { "FhirService", "PatientPortal" }, SampleNames());

        [Theory]
        [MemberData(nameof(Samples))]
        public Task Sample_build_reports_the_seeded_leaks_and_nothing_else(string name) => AssertBuildReportsTheSeededLeaks(name);

        /// <summary>Builds the sample into a new folder and checks its PhiGuard warnings against its seeded-leak comments.</summary>
        internal static async Task AssertBuildReportsTheSeededLeaks(string name)
        {
            var sample = Path.Combine(RepositoryPaths.Root, "samples", name);
            var output = Path.Combine(Path.GetTempPath(), "phiguard-sample-" + Guid.NewGuid().ToString("N"));
            ProcessResult result;
            try
            {
                result = await ProcessRunner.RunAsync("dotnet", new[] { "build", sample, "--disable-build-servers", "-nologo", "-clp:NoSummary", "-p:PhiGuardSampleOutput=" + output }, RepositoryPaths.Root);
            }
            finally
            {
                if (Directory.Exists(output))
                {
                    Directory.Delete(output, recursive: true);
                }
            }

            var findings = BuildOutput.Diagnostics(result.Output).Where(d => d.Id.StartsWith("PHI", StringComparison.Ordinal)).ToList();
            var seeded = SeededLeaks(sample).ToList();

            Assert.True(result.ExitCode == 0, result.Output);
            Assert.NotEmpty(seeded);
            foreach (var leak in seeded)
            {
                var found = findings.Where(f => SamePath(f.File, leak.File) && f.Line == leak.Line).ToList();
                Assert.True(found.Count > 0, $"no finding for the seeded leak at {leak.File}:{leak.Line}\n{result.Output}");
                Assert.All(found, f => Assert.True(leak.Rule is null || f.Id == leak.Rule, $"{f.Id} at {leak.File}:{leak.Line}, expected {leak.Rule}"));
            }

            var unexpected = findings.Where(f => !seeded.Any(leak => SamePath(f.File, leak.File) && f.Line == leak.Line)).ToList();
            Assert.True(unexpected.Count == 0, "findings on lines not marked as seeded leaks:\n" + string.Join("\n", unexpected));
        }

        private static List<string> SampleNames() =>
            Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, "samples"))
                .Where(folder => File.Exists(Path.Combine(folder, "phiguard.json")))
                .Select(folder => Path.GetFileName(folder))
                .OrderBy(name => name, StringComparer.Ordinal)
                .ToList();

        private static IEnumerable<(string File, int Line, string? Rule)> SeededLeaks(string sample)
        {
            foreach (var file in Directory.GetFiles(sample, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar)))
            {
                var lines = File.ReadAllLines(file);
                for (var i = 0; i < lines.Length; i++)
                {
                    var comment = lines[i].Trim();
                    if (!comment.StartsWith("// Seeded leak", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var target = i + 1;
                    while (target < lines.Length && (lines[target].Trim().Length == 0 || lines[target].Trim().StartsWith("//", StringComparison.Ordinal)))
                    {
                        target++;
                    }

                    var rule = RuleInComment.Match(comment);
                    yield return (file, target + 1, rule.Success ? rule.Value : null);
                }
            }
        }

        private static bool SamePath(string reported, string file) =>
            string.Equals(Path.GetFullPath(reported), Path.GetFullPath(file), StringComparison.Ordinal);
    }

    /// <summary>Builds of the samples, which also build PhiGuard from source, one at a time.</summary>
    [CollectionDefinition(Name)]
    public sealed class SampleBuildCollection
    {
        public const string Name = "Sample builds";
    }
}
