using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using PhiGuard.Cli.Tests.Support;
using Xunit;

namespace PhiGuard.Cli.Tests
{
    /// <summary><c>phiguard policy validate</c>, <c>test</c> and <c>explain</c>.</summary>
    public class PolicyCommandTests
    {
        public static IEnumerable<object[]> BuiltinPackTests() =>
            Directory.GetDirectories(RepositoryPaths.PolicyTests).Select(directory => new object[] { Path.GetFileName(directory) });

        [Fact]
        public async Task Validate_accepts_a_valid_policy_and_names_what_it_is_composed_of()
        {
            using var directory = new TempDirectory()
                .Write("base.json", """{ "version": 1, "protected": [ { "name": "*mrn*" } ], "sanitizers": [ "Clinic.Phi.Mask" ] }""")
                .Write("phiguard.json", """{ "version": 1, "extends": [ "base.json" ], "protected": [ { "type": "Clinic.Patient" }, { "name": "*nhi*" } ], "unprotected": [ { "member": "Clinic.Patient.Id" } ] }""");

            var run = await PhiGuardTool.RunAsync(directory.Path, "policy", "validate", "phiguard.json");

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("phiguard.json: valid: 3 protected entries, 1 unprotected, 1 sanitizer, 0 exemptions, 0 approved sinks, composed from base.json, phiguard.json", run.Output);
        }

        [Fact]
        public async Task Validate_lists_every_problem_at_its_file_line_and_column_and_exits_2()
        {
            using var directory = new TempDirectory().Write("phiguard.json", "{\n  \"version\": 1,\n  \"protectd\": [],\n  \"rules\": { \"PHI001\": \"loud\" }\n}\n");

            var run = await PhiGuardTool.RunAsync(directory.Path, "policy", "validate", "phiguard.json");

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains(directory["phiguard.json"] + ":3:3: error PHI100: unknown key \"protectd\"", run.Output);
            Assert.Contains(directory["phiguard.json"] + ":4:24: error PHI100: \"loud\" is not a severity", run.Output);
            Assert.Contains("phiguard.json: invalid, 2 problems", run.Output);
        }

        [Fact]
        public async Task Validate_lists_problems_in_file_order_with_an_unknown_builtin_among_them()
        {
            using var directory = new TempDirectory().Write("phiguard.json", "{\n  \"version\": 2,\n  \"bogus\": 1,\n  \"extends\": [ \"builtin:nope\" ]\n}\n");

            var run = await PhiGuardTool.RunAsync(directory.Path, "policy", "validate", "phiguard.json");

            Assert.True(run.ExitCode == 2, run.ToString());
            var version = run.Output.IndexOf(directory["phiguard.json"] + ":2:14: error PHI100: \"version\" must be the number 1", System.StringComparison.Ordinal);
            var key = run.Output.IndexOf(directory["phiguard.json"] + ":3:3: error PHI100: unknown key \"bogus\"", System.StringComparison.Ordinal);
            var builtin = run.Output.IndexOf(directory["phiguard.json"] + ":4:16: error PHI100: unknown built-in policy \"builtin:nope\"", System.StringComparison.Ordinal);
            Assert.True(version >= 0 && key > version && builtin > key, run.ToString());
            Assert.Contains("phiguard.json: invalid, 3 problems", run.Output);
        }

        [Fact]
        public async Task Validate_reports_a_problem_in_an_extended_file_at_its_position_there()
        {
            using var directory = new TempDirectory()
                .Write("phiguard.json", "{\n  \"version\": 1,\n  \"extends\": [ \"org/base.json\" ]\n}\n")
                .Write("org/base.json", "{\n  \"version\": 1,\n  \"rules\": { \"PHI001\": \"loud\" }\n}\n");

            var run = await PhiGuardTool.RunAsync(directory.Path, "policy", "validate", "phiguard.json");

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains(directory["org/base.json"] + ":3:24: error PHI100: \"loud\" is not a severity", run.Output);
        }

        [Fact]
        public async Task Validate_of_a_missing_file_exits_2()
        {
            using var directory = new TempDirectory();

            var run = await PhiGuardTool.RunAsync(directory.Path, "policy", "validate", "nope.json");

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("cannot read the policy", run.Error);
        }

        [Theory]
        [MemberData(nameof(BuiltinPackTests))]
        public async Task Builtin_pack_passes_its_snippet_tests(string pack)
        {
            var run = await PhiGuardTool.RunAsync(RepositoryPaths.Root, "policy", "test", Path.Combine("policies", "tests", pack));

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Matches("^[1-9][0-9]* passed, 0 failed$", run.Output.Trim().Split('\n').Last());
        }

        [Fact]
        public async Task Test_fails_on_a_missing_and_an_unexpected_diagnostic()
        {
            using var directory = new TempDirectory()
                .Write("phiguard.json", """{ "version": 1, "extends": [ "builtin:hipaa-safe-harbor" ] }""")
                .Write("Wrong.cs", """
                    namespace Clinic;
                    public static class Wrong
                    {
                        public static void Show(string ssn, string name)
                        {
                            System.Console.WriteLine(name); // expect: PHI001
                            System.Console.WriteLine(ssn);
                        }
                    }
                    """);

            var run = await PhiGuardTool.RunAsync(directory.Path, "policy", "test", ".");

            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.Contains("FAIL Wrong.cs", run.Output);
            Assert.Contains("line 6: expected PHI001, not reported", run.Output);
            Assert.Contains("line 7: PHI001 reported but not expected: 'ssn' is protected", run.Output);
            Assert.EndsWith("0 passed, 1 failed", run.Output.Trim());
        }

        [Fact]
        public async Task Test_fails_a_snippet_that_does_not_compile_or_declares_nothing()
        {
            using var directory = new TempDirectory()
                .Write("phiguard.json", """{ "version": 1 }""")
                .Write("Typo.cs", "// expect-none\nnamespace Clinic; public static class Typo { public static int M() => \"text\"; }\n")
                .Write("Silent.cs", "namespace Clinic; public static class Silent { }\n");

            var run = await PhiGuardTool.RunAsync(directory.Path, "policy", "test", ".");

            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.Contains("does not compile: line 2: CS0029", run.Output);
            Assert.Contains("declares nothing", run.Output);
        }

        [Fact]
        public async Task Test_without_a_policy_beside_the_snippets_exits_2()
        {
            using var directory = new TempDirectory().Write("cases/Any.cs", "// expect-none\nnamespace Clinic;\n");

            var run = await PhiGuardTool.RunAsync(directory.Path, "policy", "test", "cases");

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("put the policy under test beside its snippets", run.Error);
        }

        [Fact]
        public async Task Explain_names_the_entry_that_protects_a_member()
        {
            using var code = ExplainedClinic();

            var run = await PhiGuardTool.RunAsync(code.Path, "policy", "explain", "Clinic.Patient.Nhi", "--project", ".", "--no-build");

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("Clinic.Patient.Nhi (property, declared at Clinic/Patient.cs:6)", run.Output);
            Assert.Contains("protected by name \"*nhi*\" (phiguard.json:5)", run.Output);
            Assert.Contains(code["phiguard.json"] + ":5:5", run.Output);
        }

        [Fact]
        public async Task Explain_of_a_type_shows_the_unprotected_entry_that_carves_out_a_member()
        {
            using var code = ExplainedClinic();

            var run = await PhiGuardTool.RunAsync(code.Path, "policy", "explain", "Clinic.Patient", "--project", ".", "--no-build");

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("Clinic.Patient (type, declared at Clinic/Patient.cs:2)", run.Output);
            Assert.Contains("  Id: not protected: unprotected by member \"Clinic.Patient.Id\" (phiguard.json:8)", run.Output);
            Assert.Contains("  Email: protected by type \"Clinic.Patient\" (phiguard.json:4)", run.Output);
        }

        [Fact]
        public async Task Explain_of_an_unknown_symbol_exits_2()
        {
            var run = await PhiGuardTool.RunAsync(RepositoryPaths.Root, "policy", "explain", "PatientPortal.Domain.Nobody", "--project", "samples/PatientPortal", "--no-build");

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("no type or member named PatientPortal.Domain.Nobody", run.Error);
        }

        [Fact]
        public async Task Explain_of_a_method_names_the_approved_sinks_that_cover_it()
        {
            using var code = ApprovedChannel();

            var method = await PhiGuardTool.RunAsync(code.Path, "policy", "explain", "Clinic.Channel.SendAll", "--project", ".", "--no-build");
            var type = await PhiGuardTool.RunAsync(code.Path, "policy", "explain", "Clinic.Channel", "--project", ".", "--no-build");

            Assert.True(method.ExitCode == 0, method.ToString());
            Assert.Contains("  approved sink for PHI002 by \"Clinic.Channel.Send*\" at " + code["phiguard.json"] + ":5:5: the clinic's encrypted channel (until 2099-01-01)", method.Output);
            Assert.Contains("  approved sink for every leak rule by \"Clinic.Channel.SendAll\" at " + code["phiguard.json"] + ":6:5: bulk export (until 2020-01-01, expired: approves nothing)", method.Output);
            Assert.True(type.ExitCode == 0, type.ToString());
            Assert.Contains("  Send: approved sink for PHI002 by \"Clinic.Channel.Send*\"", type.Output);
            Assert.DoesNotContain("  Close: approved", type.Output);
        }

        [Fact]
        public async Task Validate_counts_approved_sinks_and_warns_of_expired_ones()
        {
            using var code = ApprovedChannel();

            var run = await PhiGuardTool.RunAsync(code.Path, "policy", "validate", "phiguard.json");

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("phiguard.json:6:5: warning PHI101: the approval of 'Clinic.Channel.SendAll' as a sink expired on 2020-01-01", run.Output);
            Assert.Contains("0 exemptions, 2 approved sinks", run.Output);
        }

        /// <summary>A channel whose sends the policy approves, one approval lasting and one expired.</summary>
        private static TempDirectory ApprovedChannel() => new TempDirectory()
            .Write("phiguard.json", """
                {
                  "version": 1,
                  "protected": [ { "type": "Clinic.Patient" } ],
                  "approvedSinks": [
                    { "sink": "Clinic.Channel.Send*", "rules": ["PHI002"], "justification": "the clinic's encrypted channel", "expires": "2099-01-01" },
                    { "sink": "Clinic.Channel.SendAll", "justification": "bulk export", "expires": "2020-01-01" }
                  ]
                }
                """)
            .Write("Clinic/Channel.cs", """
                namespace Clinic;
                public class Patient
                {
                    public string Email { get; set; } = "";
                }

                public class Channel
                {
                    public void Send(Patient patient) { }
                    public void SendAll(Patient[] patients) { }
                    public void Close() { }
                }
                """);

        /// <summary>A small project whose policy lines the explain tests point at.</summary>
        private static TempDirectory ExplainedClinic() => new TempDirectory()
            .Write("phiguard.json", """
                {
                  "version": 1,
                  "protected": [
                    { "type": "Clinic.Patient" },
                    { "name": "*nhi*" }
                  ],
                  "unprotected": [
                    { "member": "Clinic.Patient.Id" }
                  ]
                }
                """)
            .Write("Clinic/Patient.cs", """
                namespace Clinic;
                public class Patient
                {
                    public int Id { get; set; }
                    public string Email { get; set; } = "";
                    public string Nhi { get; set; } = "";
                }
                """);
    }
}
