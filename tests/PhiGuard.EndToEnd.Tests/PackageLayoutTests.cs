using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace PhiGuard.EndToEnd.Tests
{
    /// <summary>Opens the packed .nupkg and checks what a consuming project gets from it.</summary>
    [Collection(PackedPackageCollection.Name)]
    public class PackageLayoutTests
    {
        private readonly PackedPackageFixture _package;

        public PackageLayoutTests(PackedPackageFixture package)
        {
            _package = package;
        }

        [Fact]
        public void Analyzer_and_code_fix_assemblies_and_their_dependency_are_under_analyzers_dotnet_cs()
        {
            using var zip = ZipFile.OpenRead(_package.PackagePath);
            var analyzers = zip.Entries.Select(e => e.FullName).Where(n => n.StartsWith("analyzers/", System.StringComparison.Ordinal)).OrderBy(n => n).ToList();

            Assert.Equal(
                new[]
                {
                    "analyzers/dotnet/cs/Newtonsoft.Json.dll",
                    "analyzers/dotnet/cs/PhiGuard.Analyzers.dll",
                    "analyzers/dotnet/cs/PhiGuard.CodeFixes.dll",
                    "analyzers/dotnet/cs/PhiGuard.Policy.dll",
                },
                analyzers);
        }

        [Fact]
        public void Nothing_is_under_lib_so_consumers_get_no_runtime_reference()
        {
            using var zip = ZipFile.OpenRead(_package.PackagePath);

            Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("lib/", System.StringComparison.Ordinal));
        }

        [Fact]
        public void Build_and_buildTransitive_bring_the_policy_discovery()
        {
            using var zip = ZipFile.OpenRead(_package.PackagePath);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet();

            Assert.Contains("build/PhiGuard.props", names);
            Assert.Contains("build/PhiGuard.targets", names);
            Assert.Contains("build/PhiGuard.ExtendedPolicies.proj", names);
            Assert.Contains("buildTransitive/PhiGuard.props", names);
            Assert.Contains("buildTransitive/PhiGuard.targets", names);
        }

        [Fact]
        public void Nuspec_marks_a_development_dependency_without_dependencies()
        {
            using var zip = ZipFile.OpenRead(_package.PackagePath);
            var entry = zip.Entries.Single(e => e.FullName == "PhiGuard.nuspec");
            using var stream = entry.Open();
            var nuspec = XDocument.Load(stream);
            var ns = nuspec.Root!.GetDefaultNamespace();
            var metadata = nuspec.Root.Element(ns + "metadata")!;

            Assert.Equal("PhiGuard", metadata.Element(ns + "id")!.Value);
            Assert.Equal("true", metadata.Element(ns + "developmentDependency")!.Value);
            Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
            Assert.Null(metadata.Element(ns + "dependencies"));
        }
    }
}
