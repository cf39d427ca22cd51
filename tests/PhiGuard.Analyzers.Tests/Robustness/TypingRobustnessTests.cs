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
    /// <summary>
    /// Code in an IDE is mostly half-typed. Every prefix of every sample source file — cut at each line end and at a
    /// random point inside each line — goes through every analyzer, with the rest of the sample intact.
    /// </summary>
    public class TypingRobustnessTests
    {
        internal const string WebImplicitUsings = """
            global using System;
            global using System.Collections.Generic;
            global using System.IO;
            global using System.Linq;
            global using System.Net.Http;
            global using System.Net.Http.Json;
            global using System.Threading;
            global using System.Threading.Tasks;
            global using Microsoft.AspNetCore.Builder;
            global using Microsoft.AspNetCore.Hosting;
            global using Microsoft.AspNetCore.Http;
            global using Microsoft.AspNetCore.Routing;
            global using Microsoft.Extensions.Configuration;
            global using Microsoft.Extensions.DependencyInjection;
            global using Microsoft.Extensions.Hosting;
            global using Microsoft.Extensions.Logging;
            """;

        [Fact]
        public async Task Sample_sources_cut_while_typing_never_crash_an_analyzer()
        {
            var sample = Path.Combine(RepositoryPaths.Root, "samples", "PatientPortal");
            var files = Directory.GetFiles(sample, "*.cs", SearchOption.AllDirectories)
                .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (Path: path, Text: File.ReadAllText(path)))
                .ToList();
            var policy = File.ReadAllText(Path.Combine(sample, "phiguard.json"));
            var references = await TestReferences.WebWithEntityFramework.ResolveAsync(LanguageNames.CSharp, default);
            var random = new Random(20261129);
            var runs = 0;
            var crashes = new List<string>();

            foreach (var file in files)
            {
                foreach (var cut in CutPoints(file.Text, random))
                {
                    var sources = files.Select(f => f.Path == file.Path ? (f.Path, f.Text.Substring(0, cut)) : f).Append(("GlobalUsings.g.cs", WebImplicitUsings));
                    var compilation = AnalyzerRunner.Compile(sources, references, OutputKind.ConsoleApplication);
                    var run = await AnalyzerRunner.RunOnDocumentAsync(compilation, compilation.SyntaxTrees.First(tree => tree.FilePath == file.Path), policy);
                    crashes.AddRange(run.Crashes.Select(crash => Path.GetFileName(file.Path) + " cut at " + cut + ": " + crash));
                    runs++;
                }
            }

            Assert.True(runs > 200, "only " + runs + " prefixes were analysed");
            Assert.Empty(crashes);
        }

        [Fact]
        public async Task The_complete_sample_compiles_and_is_analysed_without_errors()
        {
            var sample = Path.Combine(RepositoryPaths.Root, "samples", "PatientPortal");
            var sources = Directory.GetFiles(sample, "*.cs", SearchOption.AllDirectories)
                .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar))
                .Select(path => (path, File.ReadAllText(path)))
                .Append(("GlobalUsings.g.cs", WebImplicitUsings));
            var references = await TestReferences.WebWithEntityFramework.ResolveAsync(LanguageNames.CSharp, default);
            var compilation = AnalyzerRunner.Compile(sources, references, OutputKind.ConsoleApplication);

            var run = await AnalyzerRunner.RunAsync(compilation, File.ReadAllText(Path.Combine(sample, "phiguard.json")));

            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            Assert.Empty(run.Crashes);
            Assert.Contains(run.Diagnostics, d => d.Id == "PHI001");
        }

        /// <summary>Every line end, and one random point inside each non-empty line.</summary>
        internal static IEnumerable<int> CutPoints(string text, Random random)
        {
            var lineStart = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] != '\n')
                {
                    continue;
                }

                if (i - lineStart > 1)
                {
                    yield return lineStart + random.Next(1, i - lineStart);
                }

                yield return i;
                lineStart = i + 1;
            }

            yield return text.Length;
        }
    }
}
