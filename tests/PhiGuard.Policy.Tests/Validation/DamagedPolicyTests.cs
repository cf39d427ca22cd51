using System;
using System.Linq;
using PhiGuard.Policy.Tests.Support;
using Xunit;

namespace PhiGuard.Policy.Tests.Validation
{
    /// <summary>Whatever an editor leaves half-typed, the loader reports problems at real places and never throws.</summary>
    public class DamagedPolicyTests
    {
        private const string Noise = "{}[]\",:*?/\\'x0 \r\n";

        private const string Policy = """
            {
              "version": 1,
              "extends": [ "builtin:hipaa-safe-harbor" ],
              "protected": [
                { "type": "Contoso.Domain.Visit", "members": [ "Notes" ], "reason": "clinical \"notes\"" },
                { "name": "*ssn*" }
              ],
              "sanitizers": [ "Contoso.Phi.Mask" ],
              "rules": { "PHI001": "error" },
              "exemptions": [ { "rule": "PHI002", "scope": "Contoso.Api", "justification": "j", "expires": "2027-06-30" } ]
            }
            """;

        [Theory]
        [InlineData("// only a comment")]
        [InlineData("/* unterminated")]
        [InlineData("\uFEFF{ \"version\": 1, \"x\": 1 }")]
        [InlineData("{ \"version\": 1,\r \"x\": 1 }")]
        [InlineData("{ \"version\": 1 } /")]
        [InlineData("[,,]")]
        [InlineData("{ \"version\": new Date(1) }")]
        [InlineData("{ \"version\": NaN }")]
        [InlineData("\"")]
        [InlineData("{ \"a\\")]
        public void Odd_text_is_reported_at_a_place_inside_it(string text) => AssertReportedInside(text);

        [Fact]
        public void Randomly_damaged_policies_are_reported_at_places_inside_them()
        {
            var random = new Random(20271129);
            for (var i = 0; i < 1000; i++)
            {
                var damaged = Damage(Policy, random);
                var result = PolicyAssert.Load(damaged);

                Assert.True(result.Succeeded || result.Problems.Count > 0, damaged);
                Assert.All(result.Problems, problem => AssertInside(damaged, problem));
            }
        }

        private static void AssertReportedInside(string text)
        {
            var result = PolicyAssert.Load(text);

            Assert.False(result.Succeeded);
            Assert.All(result.Problems, problem => AssertInside(text, problem));
        }

        private static void AssertInside(string text, PolicyProblem problem)
        {
            var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
            var line = problem.Position.Line;
            Assert.True(line >= 1 && line <= lines.Length, "line out of range: " + problem + "\n" + text);
            var column = problem.Position.Column;
            Assert.True(column >= 1 && column <= lines[line - 1].Length + 1, "column out of range: " + problem + "\n" + text);
        }

        private static string Damage(string text, Random random)
        {
            var chars = text.ToList();
            for (var edits = random.Next(1, 4); edits > 0 && chars.Count > 0; edits--)
            {
                var at = random.Next(chars.Count);
                switch (random.Next(3))
                {
                    case 0:
                        chars.RemoveAt(at);
                        break;
                    case 1:
                        chars.Insert(at, Noise[random.Next(Noise.Length)]);
                        break;
                    default:
                        chars[at] = Noise[random.Next(Noise.Length)];
                        break;
                }
            }

            return new string(chars.ToArray());
        }
    }
}
