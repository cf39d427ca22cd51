using System.Linq;
using PhiGuard.Policy.Tests.Support;
using Xunit;

namespace PhiGuard.Policy.Tests.Validation
{
    public class ApprovedSinkValidationTests
    {
        private const string Sink = "\"sink\": \"Contoso.Remoting.ServerChannel.Send\"";
        private const string Justification = "\"justification\": \"the app's own encrypted channel\"";
        private const string Expires = "\"expires\": \"2027-06-30\"";

        private static void FailsInApprovedSinks(string entry, string message) =>
            PolicyAssert.FailsWithMember("\"approvedSinks\": [ " + entry + " ]", message);

        [Theory]
        [InlineData("sink")]
        [InlineData("justification")]
        [InlineData("expires")]
        public void Missing_required_key_is_reported_at_the_opening_brace(string key)
        {
            var present = new[] { Sink, Justification, Expires }.Where(pair => !pair.StartsWith("\"" + key + "\"", System.StringComparison.Ordinal));

            FailsInApprovedSinks("$${ " + string.Join(", ", present) + " }", "missing required key \"" + key + "\" in approved sink");
        }

        [Fact]
        public void Blank_justification_is_reported_at_the_value() => FailsInApprovedSinks(
            "{ " + Sink + ", \"justification\": $$\"   \", " + Expires + " }",
            "\"justification\" must not be empty");

        [Theory]
        [InlineData("2027-6-30")]
        [InlineData("2027-02-30")]
        [InlineData("30/06/2027")]
        [InlineData("soon")]
        public void Malformed_expiry_date_is_reported_at_the_value(string date) => FailsInApprovedSinks(
            "{ " + Sink + ", " + Justification + ", \"expires\": $$\"" + date + "\" }",
            "\"" + date + "\" is not a date; write it as YYYY-MM-DD, such as \"2027-06-30\"");

        [Fact]
        public void Unknown_key_is_reported_at_the_key() => FailsInApprovedSinks(
            "{ " + Sink + ", " + Justification + ", " + Expires + ", $$\"scope\": \"Contoso.Api\" }",
            "unknown key \"scope\" in approved sink; allowed keys: sink, rules, justification, expires, approvedBy, ticket");

        [Theory]
        [InlineData("Send")]
        [InlineData("Contoso\\\\..*")]
        [InlineData("Contoso.Channel.Send()")]
        public void Sink_that_is_not_a_method_name_is_reported_at_the_value(string sink) => FailsInApprovedSinks(
            "{ \"sink\": $$\"" + sink + "\", " + Justification + ", " + Expires + " }",
            "is not a method name; write Namespace.Type.Method (any overload, * as a wildcard)");

        [Theory]
        [InlineData("PHI101")]
        [InlineData("PHI100")]
        [InlineData("*")]
        public void Rule_that_cannot_be_approved_is_reported_at_the_value(string rule) => FailsInApprovedSinks(
            "{ " + Sink + ", \"rules\": [ $$\"" + rule + "\" ], " + Justification + ", " + Expires + " }",
            "\"" + rule + "\" cannot be approved; name leak rules among PHI001, PHI002, PHI003, PHI004, PHI005, PHI006");

        [Fact]
        public void Empty_rules_are_reported_at_the_value() => FailsInApprovedSinks(
            "{ " + Sink + ", \"rules\": $$[], " + Justification + ", " + Expires + " }",
            "\"rules\" is empty; list leak rules, or remove the key to approve the sink for every leak rule");

        [Fact]
        public void Rules_that_are_not_an_array_are_reported_at_the_value() => FailsInApprovedSinks(
            "{ " + Sink + ", \"rules\": $$\"PHI002\", " + Justification + ", " + Expires + " }",
            "\"rules\" of an approved sink must be an array, found the string \"PHI002\"");

        [Fact]
        public void Entry_that_is_not_an_object_is_reported_at_the_value() => FailsInApprovedSinks(
            "$$\"Contoso.Remoting.ServerChannel.Send\"",
            "each approved sink must be an object with \"sink\", \"justification\" and \"expires\"");
    }
}
