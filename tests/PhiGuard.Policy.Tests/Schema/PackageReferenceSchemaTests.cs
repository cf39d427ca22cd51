using PhiGuard.Policy.Tests.Support;
using Xunit;

namespace PhiGuard.Policy.Tests.Schema
{
    /// <summary>The schema and the loader agree on which <c>package:</c> entries of <c>extends</c> name a NuGet package.</summary>
    public class PackageReferenceSchemaTests
    {
        [Theory]
        [InlineData("package:Contoso.Security.Policy")]
        [InlineData("package:contoso_policy-2")]
        public void Package_id_is_valid_for_the_schema_and_the_loader(string entry)
        {
            Assert.Empty(PolicySchema.Validate("{ \"version\": 1, \"extends\": [ \"" + entry + "\" ] }"));
            Assert.True(PackagePolicyPaths.IsValidPackageId(entry.Substring("package:".Length)));
        }

        [Theory]
        [InlineData("package:")]
        [InlineData("package:../escape")]
        [InlineData("package:two words")]
        [InlineData("package:.hidden")]
        [InlineData("package:Contoso--Policy")]
        [InlineData("package:Contoso.")]
        public void Entry_that_names_no_package_is_invalid_for_the_schema_and_the_loader(string entry)
        {
            Assert.NotEmpty(PolicySchema.Validate("{ \"version\": 1, \"extends\": [ \"" + entry + "\" ] }"));
            Assert.False(PackagePolicyPaths.IsValidPackageId(entry.Substring("package:".Length)));
        }
    }
}
