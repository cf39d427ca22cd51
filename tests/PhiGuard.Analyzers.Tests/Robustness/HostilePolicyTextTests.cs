using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;

namespace PhiGuard.Analyzers.Tests.Robustness
{
    /// <summary>
    /// Policy text that Json.NET alone would accept or choke on: the analyzers report it as PHI100 at its line and
    /// column, never throw, and run no leak rule with it.
    /// </summary>
    public class HostilePolicyTextTests
    {
        private const string LeakyCode = """
            namespace Clinic
            {
                public class Patient { public string Name { get; set; } = ""; }
                public static class Audit { public static void Write(Patient patient) => System.Console.WriteLine(patient.Name); }
            }
            """;

        [Fact]
        public async Task An_extends_path_with_a_nul_character_is_PHI100_at_the_entry()
        {
            var diagnostic = await SinglePolicyProblem(SourceText.From("{\n  \"version\": 1,\n  \"extends\": [ \"b\\u0000.json\" ]\n}"));

            Assert.Equal("3:16", Position(diagnostic));
            Assert.Contains("U+0000", diagnostic.GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_raw_control_character_in_a_string_is_PHI100_where_it_stands()
        {
            var diagnostic = await SinglePolicyProblem(SourceText.From("{\n  \"version\": 1,\n  \"name\": \"a\tb\"\n}"));

            Assert.Equal("3:13", Position(diagnostic));
            Assert.Contains("control character", diagnostic.GetMessage(), StringComparison.Ordinal);
        }

        /// <summary>The compiler reads a file that is not UTF-8 in a fallback code page rather than failing.</summary>
        [Theory]
        [InlineData(new byte[] { 0xFF })]
        [InlineData(new byte[] { 0xC0, 0xAF })]
        [InlineData(new byte[] { 0x80 })]
        [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
        public async Task Bytes_that_are_not_UTF8_are_PHI100_where_they_stand(byte[] invalid)
        {
            var bytes = Encoding.ASCII.GetBytes("{\n  \"version\": 1,\n  \"name\": \"ab").Concat(invalid).Concat(Encoding.ASCII.GetBytes("\"\n}")).ToArray();
            var diagnostic = await SinglePolicyProblem(SourceText.From(bytes, bytes.Length, Encoding.Latin1));

            Assert.Equal("3:14", Position(diagnostic));
            Assert.Contains("not valid UTF-8", diagnostic.GetMessage(), StringComparison.Ordinal);
        }

        private static string Position(Diagnostic diagnostic)
        {
            var start = diagnostic.Location.GetLineSpan().StartLinePosition;
            return (start.Line + 1) + ":" + (start.Character + 1);
        }

        private static async Task<Diagnostic> SinglePolicyProblem(SourceText policy)
        {
            var references = await TestReferences.Net.ResolveAsync(LanguageNames.CSharp, default);
            var run = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(new[] { ("Audit.cs", LeakyCode) }, references), policy);

            Assert.Empty(run.Crashes);
            Assert.DoesNotContain(run.Diagnostics, d => d.Id == "PHI001");
            return Assert.Single(run.Diagnostics.Where(d => d.Id == "PHI100").GroupBy(d => d.GetMessage()).Select(g => g.First()));
        }
    }
}
