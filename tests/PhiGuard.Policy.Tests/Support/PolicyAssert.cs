using System.Collections.Generic;
using System.Linq;
using PhiGuard.Policy;
using Xunit;

namespace PhiGuard.Policy.Tests.Support
{
    /// <summary>Loads policy text and checks what the loader made of it.</summary>
    internal static class PolicyAssert
    {
        public static string RootPath { get; } = InMemoryPolicyFiles.PathOf("phiguard.json");

        public static PolicyLoadResult Load(string text) => PolicyLoader.Load(RootPath, text, new InMemoryPolicyFiles());

        public static EffectivePolicy Loads(string text)
        {
            var result = Load(text);
            Assert.Empty(result.Problems);
            return Assert.IsType<EffectivePolicy>(result.Policy);
        }

        /// <summary>Asserts that the policy fails with exactly one problem per <c>$$</c> marker, at the marker's line and column.</summary>
        public static void Fails(string markup, params string[] messageFragments)
        {
            var expected = PositionMarkup.Parse(RootPath, markup);
            HasProblems(Load(expected.Text), expected.Positions, messageFragments);
        }

        /// <summary>
        /// Asserts that the load failed with exactly one problem per expected position, each message containing the
        /// fragment given for it (positions and fragments in document order).
        /// </summary>
        public static void HasProblems(PolicyLoadResult result, IReadOnlyList<SourcePosition> positions, params string[] messageFragments)
        {
            Assert.Equal(positions.Count, messageFragments.Length);
            Assert.False(result.Succeeded);
            Assert.Null(result.Policy);
            var problems = result.Problems.OrderBy(p => p.Position.Line).ThenBy(p => p.Position.Column).ToList();
            Assert.True(
                problems.Count == messageFragments.Length,
                "expected " + messageFragments.Length + " problem(s), found:\n" + string.Join("\n", problems));
            for (var i = 0; i < problems.Count; i++)
            {
                Assert.Equal(Describe(positions[i]), Describe(problems[i].Position));
                Assert.Contains(messageFragments[i], problems[i].Message, System.StringComparison.Ordinal);
            }
        }

        /// <summary><see cref="Fails"/> for a policy of <c>"version": 1</c> and one more top-level member, on line 3.</summary>
        public static void FailsWithMember(string memberMarkup, params string[] messageFragments) =>
            Fails("{\n  \"version\": 1,\n  " + memberMarkup + "\n}", messageFragments);

        private static string Describe(SourcePosition position) => position.Path + " line " + position.Line + ", column " + position.Column;
    }
}
