using System.Linq;
using PhiGuard.Policy.Tests.Support;
using Xunit;

namespace PhiGuard.Policy.Tests.Validation
{
    public class ExemptionValidationTests
    {
        private const string Rule = "\"rule\": \"PHI002\"";
        private const string Scope = "\"scope\": \"Contoso.Api.FhirController\"";
        private const string Justification = "\"justification\": \"FHIR API over TLS\"";
        private const string Expires = "\"expires\": \"2027-06-30\"";

        private static void FailsInExemptions(string exemption, string message) =>
            PolicyAssert.FailsWithMember("\"exemptions\": [ " + exemption + " ]", message);

        [Theory]
        [InlineData("rule")]
        [InlineData("scope")]
        [InlineData("justification")]
        [InlineData("expires")]
        public void Missing_required_key_is_reported_at_the_opening_brace(string key)
        {
            var present = new[] { Rule, Scope, Justification, Expires }.Where(pair => !pair.StartsWith("\"" + key + "\"", System.StringComparison.Ordinal));

            FailsInExemptions("$${ " + string.Join(", ", present) + " }", "missing required key \"" + key + "\" in exemption");
        }

        [Fact]
        public void Every_missing_required_key_is_reported()
        {
            var result = PolicyAssert.Load("""
                {
                  "version": 1,
                  "exemptions": [ { "approvedBy": "security@contoso.example" } ]
                }
                """);

            Assert.Equal(
                new[] { "rule", "scope", "justification", "expires" }.Select(key => "missing required key \"" + key + "\" in exemption"),
                result.Problems.Select(p => p.Message));
            Assert.All(result.Problems, p => Assert.Equal((3, 19), (p.Position.Line, p.Position.Column)));
        }

        [Theory]
        [InlineData("2027-6-30")]
        [InlineData("2027-02-30")]
        [InlineData("30/06/2027")]
        [InlineData("2027-06-30T00:00:00")]
        [InlineData("27-06-30")]
        [InlineData("next year")]
        public void Malformed_expiry_date_is_reported_at_the_value(string date) => FailsInExemptions(
            "{ " + Rule + ", " + Scope + ", " + Justification + ", \"expires\": $$\"" + date + "\" }",
            "\"" + date + "\" is not a date; write it as YYYY-MM-DD, such as \"2027-06-30\"");

        [Theory]
        [InlineData("PHI100")]
        [InlineData("PHI101")]
        [InlineData("PHI999")]
        [InlineData("all")]
        public void Rule_that_cannot_be_exempted_is_reported_at_the_value(string rule) => FailsInExemptions(
            "{ \"rule\": $$\"" + rule + "\", " + Scope + ", " + Justification + ", " + Expires + " }",
            "\"" + rule + "\" cannot be exempted; name one of PHI001, PHI002, PHI003, PHI004, PHI005, PHI006, or *");

        [Fact]
        public void Unknown_key_in_an_exemption_is_reported_at_the_key() => FailsInExemptions(
            "{ " + Rule + ", " + Scope + ", " + Justification + ", " + Expires + ", $$\"approver\": \"security@contoso.example\" }",
            "unknown key \"approver\" in exemption; allowed keys: rule, scope, justification, expires, approvedBy, ticket");

        [Fact]
        public void Blank_justification_is_reported_at_the_value() => FailsInExemptions(
            "{ " + Rule + ", " + Scope + ", \"justification\": $$\" \", " + Expires + " }",
            "\"justification\" must not be empty");

        [Fact]
        public void Scope_that_is_not_a_qualified_name_is_reported_at_the_value() => FailsInExemptions(
            "{ " + Rule + ", \"scope\": $$\"Contoso Api\", " + Justification + ", " + Expires + " }",
            "\"Contoso Api\" is not a scope; name a namespace, type or member");

        [Fact]
        public void Approver_of_the_wrong_type_is_reported_at_the_value() => FailsInExemptions(
            "{ " + Rule + ", " + Scope + ", " + Justification + ", " + Expires + ", \"approvedBy\": $$[\"a\", \"b\"] }",
            "\"approvedBy\" must be a string, found an array");
    }
}
