using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using PhiGuard.Cli.Tests.Support;
using Xunit;

namespace PhiGuard.Cli.Tests
{
    /// <summary>
    /// <c>phiguard policy pack</c>, and <c>extends: ["package:&lt;id&gt;"]</c> resolved by the tool from a NuGet packages
    /// folder (<c>NUGET_PACKAGES</c>) at the version the project references.
    /// </summary>
    public class PolicyPackageTests
    {
        private const string Id = "Contoso.Security.Policy";
        private const string Code = "public class C { public void Run(string patientMrn, string nhsNumber) { System.Console.WriteLine(patientMrn); System.Console.WriteLine(nhsNumber); } }\n";

        private static Dictionary<string, string> Packages(TempDirectory directory) => new() { ["NUGET_PACKAGES"] = directory["packages"] };

        private static string Project(string version) => $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><PackageReference Include="{Id}" Version="{version}" /></ItemGroup>
            </Project>
            """;

        /// <summary>Packs <c>team/</c> as version <paramref name="version"/> and puts it where a restore would: packages/&lt;id&gt;/&lt;version&gt;.</summary>
        private static async Task PackAndRestore(TempDirectory directory, string version)
        {
            var run = await PhiGuardTool.RunAsync(directory.Path, "policy", "pack", "team", "--id", Id, "--version", version, "--output", "feed");
            Assert.True(run.ExitCode == 0, run.ToString());
            ZipFile.ExtractToDirectory(directory["feed/" + Id + "." + version + ".nupkg"], directory["packages/" + Id.ToLowerInvariant() + "/" + version]);
        }

        [Fact]
        public async Task Pack_writes_the_policy_and_what_it_extends_with_props_that_add_them_as_additional_files()
        {
            using var directory = new TempDirectory()
                .Write("team/policy.json", """{ "version": 1, "extends": [ "builtin:hipaa-safe-harbor", "base.json" ], "protected": [ { "name": "*mrn*" } ] }""")
                .Write("team/base.json", """{ "version": 1, "sanitizers": [ "Contoso.Phi.Mask" ] }""")
                .Write("team/draft.json", """{ "version": 1 }""");

            var run = await PhiGuardTool.RunAsync(directory.Path, "policy", "pack", "team", "--id", Id, "--version", "1.2.0", "--output", "feed");

            Assert.True(run.ExitCode == 0, run.ToString());
            using var package = ZipFile.OpenRead(directory["feed/" + Id + ".1.2.0.nupkg"]);
            Assert.Equal(
                new[] { Id + ".nuspec", "[Content_Types].xml", "_rels/.rels", "buildTransitive/" + Id + ".props", "phiguard/base.json", "phiguard/policy.json" },
                package.Entries.Select(e => e.FullName).OrderBy(n => n, System.StringComparer.Ordinal));
            var nuspec = XDocument.Load(package.GetEntry(Id + ".nuspec")!.Open());
            var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            Assert.Equal(Id, metadata.Elements().Single(e => e.Name.LocalName == "id").Value);
            Assert.Equal("1.2.0", metadata.Elements().Single(e => e.Name.LocalName == "version").Value);
            Assert.Equal("true", metadata.Elements().Single(e => e.Name.LocalName == "developmentDependency").Value);
            var props = XDocument.Load(package.GetEntry("buildTransitive/" + Id + ".props")!.Open());
            var item = props.Descendants("AdditionalFiles").Single();
            Assert.Equal("$(MSBuildThisFileDirectory)../phiguard/*.json", (string?)item.Attribute("Include"));
            Assert.Equal(Id, (string?)item.Attribute("PhiGuardPolicyPackage"));
        }

        [Fact]
        public async Task Pack_of_an_invalid_policy_lists_problems_at_file_line_column_writes_nothing_and_exits_2()
        {
            using var directory = new TempDirectory()
                .Write("team/policy.json", """{ "version": 1, "extends": [ "base.json", "../outside.json" ] }""")
                .Write("team/base.json", "{\n  \"version\": 1,\n  \"protectd\": []\n}");

            var run = await PhiGuardTool.RunAsync(directory.Path, "policy", "pack", "team", "--id", Id, "--version", "1.0.0", "--output", "feed");

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains(directory["team/base.json"] + ":3:3: error PHI100: unknown key \"protectd\"", run.Output);
            Assert.Contains(directory["team/policy.json"] + ":1:43: error PHI100: a package policy can extend built-in packs, other packages and .json files beside it in its phiguard folder, not \"../outside.json\"", run.Output);
            Assert.False(Directory.Exists(directory["feed"]));
        }

        [Theory]
        [InlineData("--id", "../Contoso", "is not a package id")]
        [InlineData("--version", "1", "is not a package version")]
        [InlineData("--version", "1.0.0;rm", "is not a package version")]
        public async Task Pack_rejects_a_bad_id_or_version_in_one_line(string option, string value, string message)
        {
            using var directory = new TempDirectory().Write("team/policy.json", """{ "version": 1 }""");
            var arguments = new Dictionary<string, string> { ["--id"] = Id, ["--version"] = "1.0.0", [option] = value };

            var run = await PhiGuardTool.RunAsync(directory.Path, new[] { "policy", "pack", "team" }.Concat(arguments.SelectMany(a => new[] { a.Key, a.Value })).ToArray());

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains(message, run.Error);
            Assert.Single(run.Error.Trim().Split('\n'));
        }

        [Fact]
        public async Task Pack_of_a_folder_without_policy_json_says_what_it_needs()
        {
            using var directory = new TempDirectory().Write("team/phiguard.json", """{ "version": 1 }""");

            var run = await PhiGuardTool.RunAsync(directory.Path, "policy", "pack", "team", "--id", Id, "--version", "1.0.0");

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("no policy.json in team; a policy package ships its policy as policy.json", run.Error);
        }

        [Fact]
        public async Task Scan_without_a_build_uses_the_package_version_the_project_references()
        {
            using var directory = new TempDirectory()
                .Write("team/policy.json", "{\n  \"version\": 1,\n  \"protected\": [ { \"name\": \"*mrn*\" } ]\n}")
                .Write("app/app.csproj", Project("1.0.0"))
                .Write("app/C.cs", Code)
                .Write("app/phiguard.json", """{ "version": 1, "extends": [ "package:Contoso.Security.Policy" ] }""");
            await PackAndRestore(directory, "1.0.0");
            directory.Write("team/policy.json", "{\n  \"version\": 1,\n  \"protected\": [ { \"name\": \"*mrn*\" }, { \"name\": \"nhs*\" } ]\n}");
            await PackAndRestore(directory, "2.0.0");

            var first = await PhiGuardTool.RunWithEnvironmentAsync(directory.Path, Packages(directory), "scan", "app", "--no-build");
            directory.Write("app/app.csproj", Project("2.0.0"));
            var second = await PhiGuardTool.RunWithEnvironmentAsync(directory.Path, Packages(directory), "scan", "app", "--no-build");

            Assert.True(first.ExitCode == 1, first.ToString());
            Assert.Contains("'patientMrn' is protected (name \"*mrn*\" (package:Contoso.Security.Policy:3))", first.Output);
            Assert.DoesNotContain("nhsNumber", first.Output);
            Assert.True(second.ExitCode == 1, second.ToString());
            Assert.Contains("'nhsNumber' is protected (name \"nhs*\" (package:Contoso.Security.Policy:3))", second.Output);
        }

        [Fact]
        public async Task Scan_of_a_project_whose_package_version_is_not_restored_is_PHI100_with_the_fix()
        {
            using var directory = new TempDirectory()
                .Write("app/app.csproj", Project("3.0.0"))
                .Write("app/C.cs", Code)
                .Write("app/phiguard.json", """{ "version": 1, "extends": [ "package:Contoso.Security.Policy" ] }""");

            var run = await PhiGuardTool.RunWithEnvironmentAsync(directory.Path, Packages(directory), "scan", "app", "--no-build");

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains(directory["app/phiguard.json"] + ":1:30: cannot read the policy package \"Contoso.Security.Policy\"; version 3.0.0 is not in the packages folder", run.Error);
            Assert.Contains("run 'dotnet restore'", run.Error);
        }

        [Fact]
        public async Task Package_that_is_not_a_policy_package_is_named_as_such()
        {
            using var directory = new TempDirectory()
                .Write("packages/contoso.security.policy/1.0.0/lib/net10.0/readme.txt", "a library")
                .Write("app/app.csproj", Project("1.0.0"))
                .Write("app/C.cs", Code)
                .Write("app/phiguard.json", """{ "version": 1, "extends": [ "package:Contoso.Security.Policy" ] }""");

            var run = await PhiGuardTool.RunWithEnvironmentAsync(directory.Path, Packages(directory), "scan", "app", "--no-build");

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("is not a policy package: it has no phiguard/policy.json", run.Error);
        }

        [Fact]
        public async Task Invalid_policy_in_a_package_is_reported_as_package_id_line_and_column()
        {
            using var directory = new TempDirectory()
                .Write("packages/contoso.security.policy/1.0.0/phiguard/policy.json", "{\n  \"version\": 1,\n  \"protected\": [ { \"name\": \"\" } ]\n}")
                .Write("phiguard.json", """{ "version": 1, "extends": [ "package:Contoso.Security.Policy" ] }""");

            var run = await PhiGuardTool.RunWithEnvironmentAsync(directory.Path, Packages(directory), "policy", "validate", "phiguard.json");

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("package:Contoso.Security.Policy:3:28: error PHI100: \"name\" must not be empty", run.Output);
        }
    }
}
