using System.Linq;
using PhiGuard.Policy.Tests.Support;
using Xunit;

namespace PhiGuard.Policy.Tests.Extends
{
    public class PackageExtendsTests
    {
        private const string Consumer = """{ "version": 1, "extends": [ "package:Contoso.Security.Policy" ] }""";

        [Fact]
        public void Package_policy_is_read_from_the_package_source_and_named_by_its_id()
        {
            var files = new InMemoryPolicyPackages()
                .With("phiguard.json", Consumer)
                .WithPackageFile("Contoso.Security.Policy", "policy.json", "{\n  \"version\": 1,\n  \"protected\": [ { \"name\": \"*mrn*\" } ]\n}");

            var result = files.Load("phiguard.json");

            Assert.Empty(result.Problems);
            var selector = Assert.Single(result.Policy!.Protected);
            Assert.Equal("package:Contoso.Security.Policy", selector.Position.Path);
            Assert.Equal(3, selector.Position.Line);
            Assert.Equal("name \"*mrn*\" (package:Contoso.Security.Policy:3)", selector.Describe());
        }

        [Fact]
        public void Package_policy_extends_a_file_beside_it_and_a_builtin_pack()
        {
            var files = new InMemoryPolicyPackages()
                .With("phiguard.json", Consumer)
                .WithPackageFile("Contoso.Security.Policy", "policy.json", """{ "version": 1, "extends": [ "builtin:hipaa-safe-harbor", "base.json" ] }""")
                .WithPackageFile("Contoso.Security.Policy", "base.json", """{ "version": 1, "sanitizers": [ "Contoso.Phi.Mask" ] }""");

            var result = files.Load("phiguard.json");

            Assert.Empty(result.Problems);
            Assert.Equal(new[] { "Contoso.Security.Policy/policy.json", "Contoso.Security.Policy/base.json" }, files.PackageRequests);
            var sanitizer = Assert.Single(result.Policy!.Sanitizers);
            Assert.Equal("package:Contoso.Security.Policy/base.json", sanitizer.Position.Path);
            Assert.NotEmpty(result.Policy.Protected);
        }

        [Fact]
        public void Missing_package_is_reported_at_the_extends_entry_with_the_advice()
        {
            var files = new InMemoryPolicyPackages().With("phiguard.json", Consumer);

            var problem = Assert.Single(files.Load("phiguard.json").Problems);

            Assert.Equal(InMemoryPolicyFiles.PathOf("phiguard.json"), problem.Position.Path);
            Assert.Equal((1, 30), (problem.Position.Line, problem.Position.Column));
            Assert.Equal("cannot read the policy package \"Contoso.Security.Policy\"; " + InMemoryPolicyPackages.PackageAdvice, problem.Message);
        }

        [Fact]
        public void Invalid_package_policy_is_reported_at_its_package_name_and_line()
        {
            var files = new InMemoryPolicyPackages()
                .With("phiguard.json", Consumer)
                .WithPackageFile("Contoso.Security.Policy", "policy.json", "{\n  \"version\": 1,\n  \"protectd\": []\n}");

            var result = files.Load("phiguard.json");

            Assert.Null(result.Policy);
            var problem = Assert.Single(result.Problems);
            Assert.Equal("package:Contoso.Security.Policy(3,3)", problem.Position.ToString());
            Assert.Contains("unknown key \"protectd\"", problem.Message);
        }

        [Theory]
        [InlineData("package:")]
        [InlineData("package:../../etc")]
        [InlineData("package:Contoso Policy")]
        [InlineData("package:.hidden")]
        public void Entry_that_names_no_package_id_is_a_problem(string entry)
        {
            var files = new InMemoryPolicyPackages().With("phiguard.json", "{ \"version\": 1, \"extends\": [ \"" + entry + "\" ] }");

            var problem = Assert.Single(files.Load("phiguard.json").Problems);

            Assert.Contains("does not name a NuGet package", problem.Message);
            Assert.Empty(files.PackageRequests);
        }

        [Theory]
        [InlineData("../escape.json")]
        [InlineData("/etc/passwd")]
        [InlineData("sub/base.json")]
        [InlineData("base.txt")]
        public void Package_policy_cannot_extend_files_outside_its_folder(string entry)
        {
            var files = new InMemoryPolicyPackages()
                .With("phiguard.json", Consumer)
                .WithPackageFile("Contoso.Security.Policy", "policy.json", "{ \"version\": 1, \"extends\": [ \"" + entry + "\" ] }");

            var problem = Assert.Single(files.Load("phiguard.json").Problems);

            Assert.Equal("package:Contoso.Security.Policy", problem.Position.Path);
            Assert.Contains("beside it in its phiguard folder", problem.Message);
            Assert.Equal(new[] { "Contoso.Security.Policy/policy.json" }, files.PackageRequests);
        }

        [Fact]
        public void Packages_that_extend_each_other_make_a_cycle_problem()
        {
            var files = new InMemoryPolicyPackages()
                .With("phiguard.json", """{ "version": 1, "extends": [ "package:A" ] }""")
                .WithPackageFile("A", "policy.json", """{ "version": 1, "extends": [ "package:B" ] }""")
                .WithPackageFile("B", "policy.json", """{ "version": 1, "extends": [ "package:A" ] }""");

            var problem = Assert.Single(files.Load("phiguard.json").Problems);

            Assert.Contains("makes a cycle", problem.Message);
        }

        [Fact]
        public void Source_without_packages_reports_that_packages_cannot_be_resolved()
        {
            var files = new InMemoryPolicyFiles().With("phiguard.json", Consumer);

            var problem = Assert.Single(files.Load("phiguard.json").Problems);

            Assert.Contains("policy packages are read by the PhiGuard analyzers", problem.Message);
            Assert.Empty(files.Requests);
        }
    }
}
