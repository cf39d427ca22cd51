using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;

namespace PhiGuard.Analyzers.Tests.Robustness
{
    /// <summary>The exemption suppressor sees every finding of a half-typed file, and must never crash on one.</summary>
    public class ExemptionRobustnessTests
    {
        [Fact]
        public async Task Exemptions_over_a_sample_file_cut_while_typing_never_crash_the_suppressor()
        {
            var sample = Path.Combine(RepositoryPaths.Root, "samples", "PatientPortal");
            var files = Directory.GetFiles(sample, "*.cs", SearchOption.AllDirectories)
                .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
                .Select(path => (Path: path, Text: File.ReadAllText(path)))
                .ToList();
            var cutFile = files.Single(f => Path.GetFileName(f.Path) == "ResultsEndpoints.cs");
            var policy = File.ReadAllText(Path.Combine(sample, "phiguard.json")).Replace(
                "\"rules\":",
                "\"exemptions\": [ { \"rule\": \"*\", \"scope\": \"PatientPortal.Endpoints.*\", \"justification\": \"robustness\", \"expires\": \"2999-12-31\" } ],\n  \"rules\":",
                StringComparison.Ordinal);
            var references = await TestReferences.WebWithEntityFramework.ResolveAsync(LanguageNames.CSharp, default);
            var crashes = new List<string>();
            var runs = 0;

            foreach (var cut in TypingRobustnessTests.CutPoints(cutFile.Text, new Random(20261130)))
            {
                var sources = files.Select(f => f.Path == cutFile.Path ? (f.Path, f.Text.Substring(0, cut)) : f).Append(("GlobalUsings.g.cs", TypingRobustnessTests.WebImplicitUsings));
                var compilation = AnalyzerRunner.Compile(sources, references, OutputKind.ConsoleApplication);
                var run = await AnalyzerRunner.RunAsync(compilation, policy);
                crashes.AddRange(run.Crashes.Select(crash => "cut at " + cut + ": " + crash));
                runs++;
            }

            Assert.True(runs > 40, "only " + runs + " prefixes were analysed");
            Assert.Empty(crashes);

            var whole = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(files.Append(("GlobalUsings.g.cs", TypingRobustnessTests.WebImplicitUsings)), references, OutputKind.ConsoleApplication), policy);
            var leaks = whole.Diagnostics.Where(d => d.Id == "PHI001").Select(d => Path.GetFileName(d.Location.SourceTree!.FilePath)).ToList();
            Assert.DoesNotContain("ResultsEndpoints.cs", leaks);
            Assert.Contains("SeedData.cs", leaks);
        }
    }
}
