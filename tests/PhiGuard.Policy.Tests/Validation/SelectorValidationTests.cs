using PhiGuard.Policy.Tests.Support;
using Xunit;

namespace PhiGuard.Policy.Tests.Validation
{
    public class SelectorValidationTests
    {
        private static void FailsInProtected(string entry, string message) =>
            PolicyAssert.FailsWithMember("\"protected\": [ " + entry + " ]", message);

        [Fact]
        public void Entry_without_a_selector_key_is_reported_at_its_opening_brace() => FailsInProtected(
            """$${ "category": "demographics" }""",
            "an entry of \"protected\" needs exactly one of \"type\", \"member\", \"namespace\", \"derivedFrom\", \"attribute\", \"name\", \"source\"; found none");

        [Fact]
        public void Entry_with_two_selector_keys_is_reported_at_its_opening_brace_and_names_both() => FailsInProtected(
            """$${ "type": "Contoso.Patient", "name": "*ssn*" }""",
            "needs exactly one of \"type\", \"member\", \"namespace\", \"derivedFrom\", \"attribute\", \"name\", \"source\"; found \"type\" and \"name\"");

        [Fact]
        public void Unprotected_entry_is_held_to_the_same_rules() => PolicyAssert.Fails(
            """
            {
              "version": 1,
              "unprotected": [ $${ "member": "Contoso.Patient.Id", "source": "Contoso.Ids.Next" } ]
            }
            """,
            "an entry of \"unprotected\" needs exactly one of");

        [Fact]
        public void Unknown_key_in_an_entry_is_reported_at_the_key() => FailsInProtected(
            """{ "type": "Contoso.Patient", $$"reson": "HIPAA" }""",
            "unknown key \"reson\" in entry of \"protected\"; allowed keys: type, member, namespace, derivedFrom, attribute, name, source, members, category, reason");

        [Theory]
        [InlineData("type")]
        [InlineData("member")]
        [InlineData("namespace")]
        [InlineData("derivedFrom")]
        [InlineData("attribute")]
        [InlineData("name")]
        [InlineData("source")]
        public void Empty_pattern_is_reported_at_the_value(string key) => FailsInProtected(
            "{ \"" + key + "\": $$\"  \" }",
            "\"" + key + "\" must not be empty");

        [Theory]
        [InlineData(".*ssn.*")]
        [InlineData("^ssn$")]
        [InlineData("[Ss]sn")]
        [InlineData("ssn+")]
        [InlineData("(ssn|mrn)")]
        [InlineData("ssn\\\\d")]
        public void Name_glob_that_looks_like_a_regex_is_reported_at_the_value(string glob) => FailsInProtected(
            "{ \"name\": $$\"" + glob + "\" }",
            "looks like a regular expression; name patterns are globs: * matches any run of characters, ? one character");

        [Theory]
        [InlineData("*")]
        [InlineData("***")]
        public void Name_glob_that_matches_every_name_is_reported_at_the_value(string glob) => FailsInProtected(
            "{ \"name\": $$\"" + glob + "\" }",
            "matches every name; narrow it");

        [Theory]
        [InlineData("patient.ssn")]
        [InlineData("social security")]
        [InlineData("ssn-last4")]
        public void Name_glob_with_other_characters_is_reported_at_the_value(string glob) => FailsInProtected(
            "{ \"name\": $$\"" + glob + "\" }",
            "is not a name glob; use letters, digits, _ and the wildcards * and ?");

        [Theory]
        [InlineData("member", "Contoso.Visit.Notes")]
        [InlineData("namespace", "Contoso.Clinical")]
        [InlineData("derivedFrom", "Contoso.Resource")]
        [InlineData("attribute", "Contoso.PhiAttribute")]
        [InlineData("name", "*ssn*")]
        [InlineData("source", "Contoso.Store.Read")]
        public void Members_on_a_selector_other_than_type_is_reported_at_the_members_key(string key, string pattern) => FailsInProtected(
            "{ \"" + key + "\": \"" + pattern + "\", $$\"members\": [\"Notes\"] }",
            "\"members\" only goes with \"type\"");

        [Fact]
        public void Empty_members_list_is_reported_at_the_list() => FailsInProtected(
            """{ "type": "Contoso.Visit", "members": $$[] }""",
            "\"members\" is empty; list member names, or remove the key to protect the whole type");

        [Fact]
        public void Qualified_member_name_in_members_is_reported_at_the_entry() => FailsInProtected(
            """{ "type": "Contoso.Visit", "members": [ "Notes", $$"Visit.Diagnosis" ] }""",
            "\"Visit.Diagnosis\" is not a member name; write the simple name");

        [Fact]
        public void Empty_members_entry_is_reported_at_the_entry() => FailsInProtected(
            """{ "type": "Contoso.Visit", "members": [ $$"" ] }""",
            "a \"members\" entry must not be empty");

        [Theory]
        [InlineData("Contoso..Patient")]
        [InlineData(".Contoso.Patient")]
        [InlineData("Contoso.Patient.")]
        [InlineData("Contoso Patient")]
        [InlineData("Contoso.Box<T>")]
        [InlineData("global::Contoso.Patient")]
        public void Malformed_qualified_name_is_reported_at_the_value(string name) => FailsInProtected(
            "{ \"type\": $$\"" + name + "\" }",
            "is not a fully qualified name such as \"Contoso.Domain.Patient\"");

        [Theory]
        [InlineData("member")]
        [InlineData("source")]
        public void Member_or_source_without_its_type_is_reported_at_the_value(string key) => FailsInProtected(
            "{ \"" + key + "\": $$\"Ssn\" }",
            "\"Ssn\" needs the type too: write Namespace.Type.Ssn");
    }
}
