using PhiGuard.Policy.Tests.Support;
using Xunit;

namespace PhiGuard.Policy.Tests.Validation
{
    public class TopLevelValidationTests
    {
        [Fact]
        public void Missing_version_is_reported_at_the_opening_brace() => PolicyAssert.Fails(
            """
            $${
              "name": "contoso"
            }
            """,
            "missing required key \"version\"; add \"version\": 1");

        [Theory]
        [InlineData("2", "found the number 2")]
        [InlineData("0", "found the number 0")]
        [InlineData("\"1\"", "found the string \"1\"")]
        [InlineData("1.0", "found the number 1.0")]
        [InlineData("true", "found true")]
        [InlineData("null", "found null")]
        [InlineData("99999999999999999999999", "found the number 99999999999999999999999")]
        public void Version_other_than_the_number_1_is_reported_at_the_value(string version, string found) => PolicyAssert.Fails(
            "{\n  \"version\": $$" + version + "\n}",
            "\"version\" must be the number 1, " + found);

        [Fact]
        public void Unknown_top_level_key_is_reported_at_the_key_and_lists_the_allowed_ones() => PolicyAssert.Fails(
            """
            {
              "version": 1,
              $$"protect": []
            }
            """,
            "unknown key \"protect\" in policy; allowed keys: $schema, version, name, extends, protected, unprotected, sanitizers, sinks, rules, exemptions, approvedSinks");

        [Fact]
        public void Unknown_key_whose_colon_starts_the_next_line_is_reported_at_the_key() => PolicyAssert.Fails(
            """
            {
              "version"
                : 1,
              $$"nme"
              : "contoso"
            }
            """,
            "unknown key \"nme\" in policy");

        [Fact]
        public void Keys_are_case_sensitive() => PolicyAssert.Fails(
            """
            {
              "version": 1,
              $$"Protected": []
            }
            """,
            "unknown key \"Protected\" in policy");

        public static TheoryData<string, string> ValuesOfTheWrongType() => new TheoryData<string, string>
        {
            { "\"$schema\": $$true", "\"$schema\" must be a string, found true" },
            { "\"name\": $$5", "\"name\" must be a string, found the number 5" },
            { "\"extends\": $$\"builtin:hipaa-safe-harbor\"", "\"extends\" must be an array, found the string \"builtin:hipaa-safe-harbor\"" },
            { "\"extends\": [ $$1 ]", "an \"extends\" entry must be a string, found the number 1" },
            { "\"protected\": $${ \"type\": \"Contoso.Patient\" }", "\"protected\" must be an array, found an object" },
            { "\"protected\": [ $$\"Contoso.Patient\" ]", "each entry of \"protected\" must be an object such as { \"type\": \"Contoso.Patient\" }, found the string \"Contoso.Patient\"" },
            { "\"unprotected\": $$null", "\"unprotected\" must be an array, found null" },
            { "\"protected\": [ { \"type\": $$[\"Contoso.Patient\"] } ]", "\"type\" must be a string, found an array" },
            { "\"protected\": [ { \"type\": \"Contoso.Visit\", \"members\": $$\"Notes\" } ]", "\"members\" must be an array, found the string \"Notes\"" },
            { "\"protected\": [ { \"name\": \"*ssn*\", \"category\": $$5 } ]", "\"category\" must be a string, found the number 5" },
            { "\"protected\": [ { \"name\": \"*ssn*\", \"reason\": $$false } ]", "\"reason\" must be a string, found false" },
            { "\"sanitizers\": $$\"Contoso.Phi.Mask\"", "\"sanitizers\" must be an array, found the string \"Contoso.Phi.Mask\"" },
            { "\"sanitizers\": [ $${ \"method\": \"Contoso.Phi.Mask\" } ]", "an entry of \"sanitizers\" must be a string, found an object" },
            { "\"sinks\": $$[]", "\"sinks\" must be an object such as { \"log\": [\"Contoso.Audit.Write\"] }, found an array" },
            { "\"sinks\": { \"log\": $$\"Contoso.Audit.Write\" }", "\"sinks\".log must be an array, found the string \"Contoso.Audit.Write\"" },
            { "\"rules\": $$[ \"PHI001\" ]", "\"rules\" must be an object such as { \"PHI001\": \"error\" }, found an array" },
            { "\"rules\": { \"PHI001\": $$2 }", "the severity of PHI001 must be a string, found the number 2" },
            { "\"exemptions\": $${}", "\"exemptions\" must be an array, found an object" },
            { "\"exemptions\": [ $$\"PHI001\" ]", "each exemption must be an object with \"rule\", \"scope\", \"justification\" and \"expires\", found the string \"PHI001\"" },
        };

        [Theory]
        [MemberData(nameof(ValuesOfTheWrongType))]
        public void Value_of_the_wrong_type_is_reported_at_the_value(string member, string message) =>
            PolicyAssert.FailsWithMember(member, message);

        [Fact]
        public void Empty_extends_entry_is_reported_at_the_entry() => PolicyAssert.Fails(
            """
            {
              "version": 1,
              "extends": [ "builtin:hipaa-safe-harbor", $$" " ]
            }
            """,
            "an \"extends\" entry must not be empty");
    }
}
