using System.IO;
using System.Linq;
using PhiGuard.Policy.Tests.Support;
using Xunit;

namespace PhiGuard.Policy.Tests.Schema
{
    /// <summary>The policies that ship in the repository pass both the schema and the loader.</summary>
    public class RepositoryPolicyTests
    {
        public static TheoryData<string> PolicyFiles() => new TheoryData<string>(Repository.PolicyFiles().Select(Repository.RelativePath));

        [Theory]
        [MemberData(nameof(PolicyFiles))]
        public void Policy_is_valid_against_the_schema(string relativePath)
        {
            var errors = PolicySchema.Validate(File.ReadAllText(Path.Combine(Repository.Root, relativePath)));

            Assert.True(errors.Count == 0, relativePath + ":\n" + string.Join("\n", errors));
        }

        [Theory]
        [MemberData(nameof(PolicyFiles))]
        public void Policy_loads(string relativePath)
        {
            var path = Path.Combine(Repository.Root, relativePath);

            var result = PolicyLoader.Load(path, File.ReadAllText(path), new DiskPolicyFiles());

            Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        }

        [Fact]
        public void Every_builtin_pack_is_embedded_under_its_file_name()
        {
            var packs = Repository.BuiltinPackFiles().Select(Path.GetFileNameWithoutExtension);

            Assert.Equal(packs, BuiltinPolicies.Names);
            Assert.Contains("hipaa-safe-harbor", BuiltinPolicies.Names);
        }

        private sealed class DiskPolicyFiles : IPolicyFileSource
        {
            public string MissingFileAdvice => "the repository should contain it";

            public string? ReadText(string fullPath) => File.Exists(fullPath) ? File.ReadAllText(fullPath) : null;
        }
    }
}
