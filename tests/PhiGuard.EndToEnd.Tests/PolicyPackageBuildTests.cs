using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace PhiGuard.EndToEnd.Tests
{
    /// <summary>
    /// A security team's policy as a NuGet package in a real build: packed with <c>phiguard policy pack</c> into the
    /// local folder feed, adopted with a PackageReference and <c>"extends": ["package:&lt;id&gt;"]</c>, then bumped to a
    /// version that protects more, which changes the build's findings.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class PolicyPackageBuildTests
    {
        private const string Program = """
            namespace App
            {
                public static class Program
                {
                    public static void Main(string[] args)
                    {
                        var patientMrn = args[0];
                        var nhsNumber = args[1];
                        System.Console.WriteLine(patientMrn);
                        System.Console.WriteLine(nhsNumber);
                    }
                }
            }
            """;

        private readonly PackedPackageFixture _package;

        public PolicyPackageBuildTests(PackedPackageFixture package)
        {
            _package = package;
        }

        [Fact]
        public async Task Bumping_the_policy_package_version_changes_the_findings()
        {
            // A new id per run, so no NuGet cache holds an older package of the same id and version.
            var id = "Contoso.Policy.E2e" + Guid.NewGuid().ToString("N")[..12];
            using var project = new ConsumerProject(_package)
                .Write("phiguard.json", "{ \"version\": 1, \"extends\": [ \"package:" + id + "\" ] }")
                .Write("app/Program.cs", Program)
                .Write("team/policy.json", "{\n  \"version\": 1,\n  \"extends\": [ \"base.json\" ]\n}")
                .Write("team/base.json", "{\n  \"version\": 1,\n  \"protected\": [ { \"name\": \"*mrn*\" } ]\n}");
            await Pack(project, id, "1.0.0");
            project.Reference(id, "1.0.0");

            var first = await project.BuildAsync();

            var mrn = Assert.Single(first.OfRule("PHI001"));
            Assert.True(first.ExitCode == 0, first.Output);
            Assert.Contains("'patientMrn' is protected (name \"*mrn*\" (package:" + id + "/base.json:3))", mrn.Message);

            project.Write("team/policy.json", "{\n  \"version\": 1,\n  \"extends\": [ \"base.json\" ],\n  \"protected\": [ { \"name\": \"nhs*\" } ]\n}");
            await Pack(project, id, "1.1.0");
            project.Reference(id, "1.1.0");

            var second = await project.BuildAsync();

            Assert.True(second.ExitCode == 0, second.Output);
            Assert.Equal(2, second.OfRule("PHI001").Count());
            Assert.Contains(second.OfRule("PHI001"), d => d.Message.Contains("'nhsNumber' is protected (name \"nhs*\" (package:" + id + ":4))", StringComparison.Ordinal));
        }

        [Fact]
        public async Task Extending_a_package_the_project_does_not_reference_fails_the_build_with_PHI100()
        {
            using var project = new ConsumerProject(_package)
                .Write("phiguard.json", "{ \"version\": 1, \"extends\": [ \"package:Contoso.Policy.NotReferenced\" ] }")
                .Write("app/Program.cs", Program);

            var outcome = await project.BuildAsync();

            Assert.NotEqual(0, outcome.ExitCode);
            var invalid = Assert.Single(outcome.OfRule("PHI100"));
            Assert.EndsWith("phiguard.json", invalid.File);
            Assert.Contains("add <PackageReference Include=\"Contoso.Policy.NotReferenced\"", invalid.Message);
        }

        private async Task Pack(ConsumerProject project, string id, string version)
        {
            var result = await ProcessRunner.RunAsync(
                "dotnet",
                new[] { RepositoryPaths.CliAssembly, "policy", "pack", Path.Combine(project.Root, "team"), "--id", id, "--version", version, "--output", _package.Feed },
                project.Root).ConfigureAwait(false);
            Assert.True(result.ExitCode == 0, result.Output);
        }
    }
}
