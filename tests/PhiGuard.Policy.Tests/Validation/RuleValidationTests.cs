using PhiGuard.Policy.Tests.Support;
using Xunit;

namespace PhiGuard.Policy.Tests.Validation
{
    public class RuleValidationTests
    {
        private static void FailsInRules(string rules, string message) =>
            PolicyAssert.FailsWithMember("\"rules\": { " + rules + " }", message);

        [Theory]
        [InlineData("PHI999")]
        [InlineData("PHI007")]
        [InlineData("phi001")]
        [InlineData("CA1000")]
        public void Unknown_rule_id_is_reported_at_the_key_and_lists_the_known_ones(string ruleId) => FailsInRules(
            "$$\"" + ruleId + "\": \"error\"",
            "unknown rule \"" + ruleId + "\" in \"rules\"; known rules: PHI001, PHI002, PHI003, PHI004, PHI005, PHI006, PHI101, PHI102");

        [Fact]
        public void Invalid_policy_rule_cannot_be_configured() => FailsInRules(
            "\"PHI001\": \"error\", $$\"PHI100\": \"none\"",
            "unknown rule \"PHI100\" in \"rules\"; PHI100 is always an error: an invalid policy fails the build");

        [Theory]
        [InlineData("fatal")]
        [InlineData("Error")]
        [InlineData("off")]
        [InlineData("")]
        public void Unknown_severity_is_reported_at_the_value(string severity) => FailsInRules(
            "\"PHI001\": $$\"" + severity + "\"",
            "\"" + severity + "\" is not a severity; use one of error, warning, info, hidden, none");
    }
}
