using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using Microsoft.CodeAnalysis.Testing;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;

namespace PhiGuard.Analyzers.Tests.Meta
{
    public class TestPackagesTests
    {
        [Fact]
        public void Every_package_the_tests_compile_against_is_restored_by_the_TestPackages_project()
        {
            var restored = RestoredPackages();
            var used = typeof(TestReferences)
                .GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(field => field.FieldType == typeof(ReferenceAssemblies))
                .SelectMany(field => ((ReferenceAssemblies)field.GetValue(null)!).Packages)
                .Select(package => package.Id + "/" + package.Version)
                .Distinct()
                .ToList();

            Assert.NotEmpty(used);
            Assert.All(used, package => Assert.Contains(package, restored));
        }

        private static HashSet<string> RestoredPackages()
        {
            var project = XDocument.Load(Path.Combine(RepositoryPaths.Root, "tests", "PhiGuard.TestPackages", "PhiGuard.TestPackages.csproj"));
            return project.Descendants()
                .Where(item => item.Name.LocalName is "PackageReference" or "PackageDownload")
                .Select(item => item.Attribute("Include")!.Value + "/" + item.Attribute("Version")!.Value.Trim('[', ']'))
                .ToHashSet();
        }
    }
}
