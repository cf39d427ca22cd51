using PhiGuard.Policy.Tests.Support;
using Xunit;

namespace PhiGuard.Policy.Tests.Validation
{
    public class MultipleProblemsTests
    {
        [Fact]
        public void Every_problem_in_a_file_is_reported_each_at_its_place() => PolicyAssert.Fails(
            """
            {
              "version": $$2,
              $$"owner": "clinic team",
              "protected": [
                { "type": "Contoso.Patient" },
                $${ "type": "Contoso.Visit", "member": "Contoso.Visit.Notes" },
                { "name": $$"^ssn$" }
              ],
              "sanitizers": [ $$"Mask" ],
              "sinks": { $$"email": [] },
              "rules": { $$"PHI404": "error", "PHI001": $$"loud" },
              "exemptions": [
                { "rule": "PHI001", "scope": "Contoso.Api", "justification": "j", "expires": $$"2027-13-01" }
              ]
            }
            """,
            "\"version\" must be the number 1",
            "unknown key \"owner\"",
            "needs exactly one of",
            "looks like a regular expression",
            "\"Mask\" is not a method name",
            "unknown key \"email\" in \"sinks\"",
            "unknown rule \"PHI404\"",
            "\"loud\" is not a severity",
            "\"2027-13-01\" is not a date");

        [Fact]
        public void Syntax_problems_are_all_reported_before_the_content_is_judged() => PolicyAssert.Fails(
            """
            {
              "version": 1, $$// why
              "unknownKey": true,
              "name": $$'x',
              $$"version": 1
            }
            """,
            "comments are not allowed",
            "keys and strings must be in double quotes",
            "duplicate key \"version\"");

        [Fact]
        public void Problem_positions_name_the_policy_file()
        {
            var result = PolicyAssert.Load("""{ "version": 1, "rules": { "PHI999": "error" } }""");

            var problem = Assert.Single(result.Problems);
            Assert.Equal(PolicyAssert.RootPath, problem.Position.Path);
            Assert.Equal(PolicyAssert.RootPath + "(1,28): " + problem.Message, problem.ToString());
        }
    }
}
