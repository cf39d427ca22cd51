using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PhiGuard.Policy.Tests.Support;
using Xunit;

namespace PhiGuard.Policy.Tests.Documentation
{
    /// <summary>docs/policy.md stays true to the format: its whole-policy examples are valid, and it covers every key.</summary>
    public class PolicyDocumentationTests
    {
        private static readonly string Text = File.ReadAllText(Repository.PolicyDocumentationPath);

        public static TheoryData<string> WholePolicyExamples() => new TheoryData<string>(
            Regex.Matches(Text, "```json\\r?\\n(.*?)```", RegexOptions.Singleline)
                .Select(match => match.Groups[1].Value)
                .Where(example => example.TrimStart().StartsWith('{')));

        [Theory]
        [MemberData(nameof(WholePolicyExamples))]
        public void Whole_policy_example_is_valid_against_the_schema(string example) =>
            Assert.Empty(PolicySchema.Validate(example));

        [Theory]
        [MemberData(nameof(WholePolicyExamples))]
        public void Whole_policy_example_loads(string example)
        {
            var result = new InMemoryPolicyFiles()
                .With("org/base.phiguard.json", """{ "version": 1 }""")
                .With("phiguard.json", example)
                .Load("phiguard.json");

            Assert.Empty(result.Problems);
        }

        [Fact]
        public void Every_key_in_the_schema_is_documented()
        {
            var undocumented = PolicySchema.AllKeys().Select(key => key.Name).Distinct().Where(key => !Text.Contains("`" + key + "`", System.StringComparison.Ordinal));

            Assert.Empty(undocumented);
        }
    }
}
