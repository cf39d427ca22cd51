using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;

namespace PhiGuard.Analyzers.Tests.Robustness
{
    /// <summary>
    /// A broken policy must never crash an analyzer, must always be reported as PHI100, and must switch the leak
    /// rules off rather than let them run with half a policy.
    /// </summary>
    public class MalformedPolicyTests
    {
        private const string Noise = "{}[]\",:*?\\x0 ";

        private const string LeakyCode = """
            namespace Clinic
            {
                public class Patient { public string Name { get; set; } = ""; }

                public static class Audit
                {
                    public static void Write(Patient patient) => System.Console.WriteLine(patient.Name);
                }
            }
            """;

        public static IEnumerable<object[]> Malformed() => new[]
        {
            "",
            "   ",
            "null",
            "[]",
            "\"version\"",
            "{",
            "{ \"version\": 1, }",
            "{ \"version\": 1 } trailing",
            "{ \"version\": 1 /* comment */ }",
            "// comment\n{ \"version\": 1 }",
            "{ \"version\": \"1\" }",
            "{ \"version\": 1.5 }",
            "{ \"protected\": [] }",
            "{ \"version\": 1, \"version\": 1 }",
            "{ \"version\": 1, \"protected\": {} }",
            "{ \"version\": 1, \"protected\": [ 42 ] }",
            "{ \"version\": 1, \"protected\": [ {} ] }",
            "{ \"version\": 1, \"protected\": [ { \"type\": null } ] }",
            "{ \"version\": 1, \"protected\": [ { \"name\": \"^ssn$\" } ] }",
            "{ \"version\": 1, \"protected\": [ { \"name\": \"*\" } ] }",
            "{ \"version\": 1, \"protected\": [ { \"member\": \"NoDot\" } ] }",
            "{ \"version\": 1, \"protected\": [ { \"namespace\": \"A..B\" } ] }",
            "{ \"version\": 1, \"protected\": [ { \"member\": \"A.B\", \"members\": [\"X\"] } ] }",
            "{ \"version\": 1, \"sanitizers\": [ \"Mask\" ] }",
            "{ \"version\": 1, \"sinks\": { \"email\": [] } }",
            "{ \"version\": 1, \"rules\": { \"PHI100\": \"none\" } }",
            "{ \"version\": 1, \"rules\": { \"PHI001\": 3 } }",
            "{ \"version\": 1, \"exemptions\": [ { \"rule\": \"PHI001\" } ] }",
            "{ \"version\": 1, \"exemptions\": [ { \"rule\": \"PHI001\", \"scope\": \"A\", \"justification\": \"j\", \"expires\": \"30/06/2027\" } ] }",
            "{ \"version\": 1, \"extends\": [ \"builtin:nope\" ] }",
            "{ \"version\": 1, \"extends\": [ \"missing.json\" ] }",
            "{ \"version\": 1, \"extends\": [ \"phiguard.json\" ] }",
            "\uFEFF{ \"version\": 1, \"x\": 1 }",
            "{ \"version\": 1, \"extends\": [ \"b\\u0000.json\" ] }",
            "{ \"version\": 1, \"name\": \"a\u0001b\" }",
            "{ \"version\": 1, \"name\": \"two\nlines\" }",
            "{ \"version\": 1 }\u0000",
            "{ \"version\": 1, \"name\": \"\uFFFD\" }",
        }.Select(text => new object[] { text });

        [Theory]
        [MemberData(nameof(Malformed))]
        public async Task Malformed_policy_is_reported_and_switches_the_leak_rules_off(string policy)
        {
            var run = await AnalyzerRunner.RunAsync(await CompileAsync(LeakyCode), policy);

            Assert.Empty(run.Crashes);
            Assert.Contains(run.Diagnostics, d => d.Id == "PHI100" && d.Severity == DiagnosticSeverity.Error);
            Assert.DoesNotContain(run.Diagnostics, d => d.Id == "PHI001");
        }

        [Fact]
        public async Task Valid_policy_lets_the_leak_rules_run()
        {
            var run = await AnalyzerRunner.RunAsync(await CompileAsync(LeakyCode), """{ "version": 1, "protected": [ { "type": "Clinic.Patient" } ] }""");

            Assert.Empty(run.Crashes);
            Assert.DoesNotContain(run.Diagnostics, d => d.Id == "PHI100");
            Assert.Contains(run.Diagnostics, d => d.Id == "PHI001");
        }

        [Fact]
        public async Task Randomly_damaged_policies_never_crash_an_analyzer_and_fail_closed()
        {
            var compilation = await CompileAsync(LeakyCode);
            var random = new Random(1129);
            var crashes = new List<string>();
            for (var i = 0; i < 150; i++)
            {
                var damaged = Damage(Policies.Clinic, random);
                var run = await AnalyzerRunner.RunAsync(compilation, damaged);
                crashes.AddRange(run.Crashes.Select(crash => damaged + "\n" + crash));
                var failedClosed = !run.Diagnostics.Any(d => d.Id == "PHI100") || !run.Diagnostics.Any(d => d.Id == "PHI001");
                Assert.True(failedClosed, "leak rules ran with an invalid policy:\n" + damaged);
            }

            Assert.Empty(crashes);
        }

        private static string Damage(string text, Random random)
        {
            var chars = text.ToCharArray().ToList();
            for (var edits = random.Next(1, 4); edits > 0 && chars.Count > 0; edits--)
            {
                var at = random.Next(chars.Count);
                switch (random.Next(3))
                {
                    case 0:
                        chars.RemoveAt(at);
                        break;
                    case 1:
                        chars.Insert(at, Noise[random.Next(Noise.Length)]);
                        break;
                    default:
                        chars = chars.Take(at).ToList();
                        break;
                }
            }

            return new string(chars.ToArray());
        }

        private static async Task<Compilation> CompileAsync(string source) =>
            AnalyzerRunner.Compile(new[] { ("Clinic.cs", source) }, await TestReferences.Net.ResolveAsync(LanguageNames.CSharp, default));
    }
}
