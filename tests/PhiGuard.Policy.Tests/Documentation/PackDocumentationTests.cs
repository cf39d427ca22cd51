using System.IO;
using System.Linq;
using PhiGuard.Policy.Tests.Support;
using Xunit;

namespace PhiGuard.Policy.Tests.Documentation
{
    /// <summary>Every built-in pack has a page in docs/policies that shows each of its entries, and snippet tests in policies/tests.</summary>
    public class PackDocumentationTests
    {
        public static TheoryData<string> Packs() => new TheoryData<string>(Repository.BuiltinPackFiles().Select(Path.GetFileNameWithoutExtension)!);

        private static string PagePath(string pack) => Path.Combine(Repository.Root, "docs", "policies", pack + ".md");

        [Theory]
        [MemberData(nameof(Packs))]
        public void Pack_has_a_documentation_page(string pack) => Assert.True(File.Exists(PagePath(pack)), PagePath(pack) + " is missing");

        [Theory]
        [MemberData(nameof(Packs))]
        public void Every_entry_of_the_pack_is_on_its_page(string pack)
        {
            var page = File.ReadAllText(PagePath(pack));
            var policy = PolicyLoader.LoadBuiltin(pack).Policy!;

            var missing = policy.Protected.Concat(policy.Unprotected)
                .Select(selector => selector.Kind == SelectorKind.Name ? selector.Pattern : selector.Pattern.Split('.').Last())
                .Where(shown => !page.Contains(shown, System.StringComparison.Ordinal))
                .ToList();

            Assert.True(missing.Count == 0, pack + ".md does not show: " + string.Join(", ", missing));
        }

        [Theory]
        [MemberData(nameof(Packs))]
        public void Pack_has_snippet_tests(string pack)
        {
            var folder = Path.Combine(Repository.PoliciesFolder, "tests", pack);

            Assert.True(File.Exists(Path.Combine(folder, "phiguard.json")), folder + " has no phiguard.json");
            Assert.NotEmpty(Directory.GetFiles(folder, "*.cs"));
        }
    }
}
