using System.Linq;
using PhiGuard.Policy.Tests.Support;
using Xunit;

namespace PhiGuard.Policy.Tests.Extends
{
    public class ExtendsResolutionTests
    {
        private const string Builtin = "builtin:hipaa-safe-harbor";

        private static readonly EffectivePolicy BuiltinPack = PolicyLoader.LoadBuiltin("hipaa-safe-harbor").Policy!;

        private static EffectivePolicy Loads(InMemoryPolicyFiles files, string relativePath)
        {
            var result = files.Load(relativePath);
            Assert.Empty(result.Problems);
            return Assert.IsType<EffectivePolicy>(result.Policy);
        }

        [Fact]
        public void Relative_path_is_resolved_against_the_extending_file()
        {
            var files = new InMemoryPolicyFiles()
                .With("app/phiguard.json", """{ "version": 1, "extends": [ "../org/base.phiguard.json" ] }""")
                .With("org/base.phiguard.json", """{ "version": 1, "protected": [ { "name": "*mrn*" } ] }""");

            var policy = Loads(files, "app/phiguard.json");

            Assert.Equal(new[] { InMemoryPolicyFiles.PathOf("org/base.phiguard.json") }, files.Requests);
            var selector = Assert.Single(policy.Protected);
            Assert.Equal("*mrn*", selector.Pattern);
            Assert.Equal(InMemoryPolicyFiles.PathOf("org/base.phiguard.json"), selector.Position.Path);
        }

        [Fact]
        public void Path_in_an_extended_file_is_relative_to_that_file()
        {
            var files = new InMemoryPolicyFiles()
                .With("phiguard.json", """{ "version": 1, "extends": [ "org/team.json" ] }""")
                .With("org/team.json", """{ "version": 1, "extends": [ "base.json" ] }""")
                .With("org/base.json", """{ "version": 1, "sanitizers": [ "Contoso.Phi.Mask" ] }""");

            var policy = Loads(files, "phiguard.json");

            Assert.Equal(new[] { "org/team.json", "org/base.json" }.Select(InMemoryPolicyFiles.PathOf), files.Requests);
            Assert.Equal("Contoso.Phi.Mask", Assert.Single(policy.Sanitizers).Name);
        }

        [Fact]
        public void Builtin_pack_is_loaded_from_the_assembly_not_from_the_file_source()
        {
            var files = new InMemoryPolicyFiles().With("phiguard.json", """{ "version": 1, "extends": [ "builtin:hipaa-safe-harbor" ] }""");

            var policy = Loads(files, "phiguard.json");

            Assert.Empty(files.Requests);
            Assert.Equal(BuiltinPack.Protected.Select(s => s.Pattern), policy.Protected.Select(s => s.Pattern));
            Assert.All(policy.Protected, selector => Assert.Equal(Builtin, selector.Position.Path));
            Assert.Equal(Builtin, policy.Documents[0].Path);
        }

        [Fact]
        public void Builtin_pack_loads_on_its_own()
        {
            var result = PolicyLoader.LoadBuiltin("hipaa-safe-harbor");

            Assert.Empty(result.Problems);
            Assert.Equal("hipaa-safe-harbor", result.Policy!.Name);
            Assert.Contains("hipaa-safe-harbor", BuiltinPolicies.Names);
        }

        [Fact]
        public void Unknown_builtin_is_reported_at_the_entry_and_lists_the_available_packs()
        {
            var files = new InMemoryPolicyFiles().With("phiguard.json", """
                {
                  "version": 1,
                  "extends": [ $$"builtin:hipaa" ]
                }
                """);

            PolicyAssert.HasProblems(
                files.Load("phiguard.json"),
                files.MarkedIn("phiguard.json"),
                "unknown built-in policy \"builtin:hipaa\"; available: " + string.Join(", ", BuiltinPolicies.Names.Select(name => "builtin:" + name)));
            Assert.Contains("builtin:hipaa-safe-harbor", files.Load("phiguard.json").Problems[0].Message);
        }

        [Fact]
        public void Unknown_builtin_is_reported_with_the_file_s_other_problems()
        {
            var files = new InMemoryPolicyFiles().With("phiguard.json", """
                {
                  "version": 1,
                  $$"bogus": true,
                  "extends": [ $$"builtin:hipaa" ]
                }
                """);

            PolicyAssert.HasProblems(
                files.Load("phiguard.json"),
                files.MarkedIn("phiguard.json"),
                "unknown key \"bogus\"",
                "unknown built-in policy \"builtin:hipaa\"");
        }

        [Fact]
        public void Unknown_builtin_loaded_on_its_own_is_reported_at_its_name()
        {
            var result = PolicyLoader.LoadBuiltin("gdpr");

            var problem = Assert.Single(result.Problems);
            Assert.Equal("builtin:gdpr(1,1)", problem.Position.ToString());
            Assert.Contains("unknown built-in policy \"builtin:gdpr\"; available: " + string.Join(", ", BuiltinPolicies.Names.Select(name => "builtin:" + name)), problem.Message);
            Assert.Null(result.Policy);
        }

        [Fact]
        public void Missing_file_is_reported_at_the_entry_with_the_resolved_path_and_the_source_advice()
        {
            var files = new InMemoryPolicyFiles().With("app/phiguard.json", """
                {
                  "version": 1,
                  "extends": [ "builtin:hipaa-safe-harbor", $$"../org/missing.json" ]
                }
                """);

            PolicyAssert.HasProblems(
                files.Load("app/phiguard.json"),
                files.MarkedIn("app/phiguard.json"),
                "cannot read the extended policy \"../org/missing.json\" (resolved to " + InMemoryPolicyFiles.PathOf("org/missing.json") + "); " + InMemoryPolicyFiles.Advice);
        }

        [Fact]
        public void Two_file_cycle_is_reported_at_the_entry_that_closes_it()
        {
            var files = new InMemoryPolicyFiles()
                .With("a.json", """{ "version": 1, "extends": [ "b.json" ] }""")
                .With("b.json", """
                    {
                      "version": 1,
                      "extends": [ $$"a.json" ]
                    }
                    """);

            PolicyAssert.HasProblems(
                files.Load("a.json"),
                files.MarkedIn("b.json"),
                "\"extends\" makes a cycle: a.json -> b.json -> a.json; remove one of these references");
        }

        [Fact]
        public void File_extending_itself_is_a_cycle()
        {
            var files = new InMemoryPolicyFiles().With("phiguard.json", """
                {
                  "version": 1,
                  "extends": [ $$"./phiguard.json" ]
                }
                """);

            PolicyAssert.HasProblems(
                files.Load("phiguard.json"),
                files.MarkedIn("phiguard.json"),
                "\"extends\" makes a cycle: phiguard.json -> phiguard.json");
            Assert.Empty(files.Requests);
        }

        [Fact]
        public void Cycle_names_only_the_files_on_it()
        {
            var files = new InMemoryPolicyFiles()
                .With("root.json", """{ "version": 1, "extends": [ "a.json" ] }""")
                .With("a.json", """{ "version": 1, "extends": [ "b.json" ] }""")
                .With("b.json", """{ "version": 1, "extends": [ "c.json" ] }""")
                .With("c.json", """{ "version": 1, "extends": [ $$"a.json" ] }""");

            PolicyAssert.HasProblems(
                files.Load("root.json"),
                files.MarkedIn("c.json"),
                "\"extends\" makes a cycle: a.json -> b.json -> c.json -> a.json;");
        }

        [Fact]
        public void File_reached_twice_in_a_diamond_is_loaded_once()
        {
            var files = new InMemoryPolicyFiles()
                .With("phiguard.json", """{ "version": 1, "extends": [ "left.json", "right.json" ] }""")
                .With("left.json", """{ "version": 1, "extends": [ "shared.json" ], "sanitizers": [ "Contoso.Left.Mask" ] }""")
                .With("right.json", """{ "version": 1, "extends": [ "shared.json" ], "sanitizers": [ "Contoso.Right.Mask" ] }""")
                .With("shared.json", """{ "version": 1, "sanitizers": [ "Contoso.Shared.Mask" ] }""");

            var policy = Loads(files, "phiguard.json");

            Assert.Single(files.Requests, InMemoryPolicyFiles.PathOf("shared.json"));
            Assert.Equal(
                new[] { "shared.json", "left.json", "right.json", "phiguard.json" }.Select(InMemoryPolicyFiles.PathOf),
                policy.Documents.Select(d => d.Path));
            Assert.Equal(new[] { "Contoso.Shared.Mask", "Contoso.Left.Mask", "Contoso.Right.Mask" }, policy.Sanitizers.Select(s => s.Name));
        }

        [Fact]
        public void Same_builtin_named_twice_is_loaded_once()
        {
            var files = new InMemoryPolicyFiles()
                .With("phiguard.json", """{ "version": 1, "extends": [ "builtin:hipaa-safe-harbor", "base.json", "builtin:hipaa-safe-harbor" ] }""")
                .With("base.json", """{ "version": 1, "extends": [ "builtin:hipaa-safe-harbor" ] }""");

            var policy = Loads(files, "phiguard.json");

            Assert.Single(policy.Documents, d => d.Path == Builtin);
            Assert.Equal(BuiltinPack.Protected.Count, policy.Protected.Count);
        }

        [Fact]
        public void Problem_in_an_extended_file_is_reported_at_that_files_path_and_position()
        {
            var files = new InMemoryPolicyFiles()
                .With("phiguard.json", """{ "version": 1, "extends": [ "org/base.json" ] }""")
                .With("org/base.json", """
                    {
                      "version": 1,
                      "protected": [ { "name": $$"^ssn$" } ]
                    }
                    """);

            var result = files.Load("phiguard.json");

            PolicyAssert.HasProblems(result, files.MarkedIn("org/base.json"), "looks like a regular expression");
            Assert.Equal(InMemoryPolicyFiles.PathOf("org/base.json"), result.Problems[0].Position.Path);
        }

        [Fact]
        public void Problems_in_several_files_are_all_reported()
        {
            var files = new InMemoryPolicyFiles()
                .With("phiguard.json", """{ "version": 1, "extends": [ "a.json", "b.json" ] }""")
                .With("a.json", """{ "version": 2, "name": 3 }""")
                .With("b.json", """{ "version": 1, "extends": [ "missing.json" ] }""");

            var result = files.Load("phiguard.json");

            Assert.Equal(
                new[] { "a.json", "a.json", "b.json" }.Select(InMemoryPolicyFiles.PathOf),
                result.Problems.Select(p => p.Position.Path));
            Assert.Null(result.Policy);
        }

        [Fact]
        public void Files_are_not_followed_from_a_policy_that_is_invalid()
        {
            var files = new InMemoryPolicyFiles()
                .With("phiguard.json", """{ "version": 1, "extends": [ "base.json" ], "unknown": 1 }""")
                .With("base.json", """{ "version": 1 }""");

            var result = files.Load("phiguard.json");

            Assert.Single(result.Problems);
            Assert.Empty(files.Requests);
        }
    }
}
