using PhiGuard.Policy.Tests.Support;
using Xunit;

namespace PhiGuard.Policy.Tests.Validation
{
    /// <summary>A policy is RFC 8259 JSON: what Json.NET tolerates beyond that is still an error.</summary>
    public class JsonSyntaxTests
    {
        [Fact]
        public void Empty_file_is_reported_at_its_start() => PolicyAssert.Fails(
            "$$  \n",
            "the policy file is empty");

        [Fact]
        public void Missing_comma_is_reported_at_the_unexpected_character() => PolicyAssert.Fails(
            """
            {
              "version": 1,
              "name": "x" $$"y"
            }
            """,
            "invalid JSON");

        [Fact]
        public void Missing_comma_between_lines_is_reported_where_the_next_key_starts() => PolicyAssert.Fails(
            """
            {
              "version": 1
              $$"name": "x"
            }
            """,
            "invalid JSON");

        [Fact]
        public void Missing_colon_is_reported_at_the_value() => PolicyAssert.Fails(
            """
            {
              "version" $$1
            }
            """,
            "invalid JSON: Invalid character after parsing property name");

        [Fact]
        public void Mismatched_bracket_is_reported_at_the_bracket() => PolicyAssert.Fails(
            """
            {
              "version": 1,
              "protected": [ { "name": "*ssn*" } $$}
            }
            """,
            "invalid JSON");

        [Fact]
        public void Unterminated_object_is_reported_at_its_last_character() => PolicyAssert.Fails(
            """{ "version": 1, "protected": [$$]""",
            "invalid JSON: Unexpected end of content");

        [Fact]
        public void Misspelled_literal_is_reported_where_it_starts() => PolicyAssert.Fails(
            """
            {
              "version": 1,
              "protected": [ { "name": "*ssn*", "reason": $$tru }
            }
            """,
            "invalid JSON");

        [Fact]
        public void Number_followed_by_letters_is_reported_where_it_starts() => PolicyAssert.Fails(
            """
            {
              "version": $$1x
            }
            """,
            "invalid JSON");

        [Fact]
        public void Top_level_array_is_not_a_policy() => PolicyAssert.Fails(
            "$$[ { \"version\": 1 } ]",
            "a policy must be a JSON object, not an array");

        [Fact]
        public void Line_comment_after_a_value_is_reported_where_it_starts() => PolicyAssert.Fails(
            """
            {
              "version": 1, $$// the only version there is
              "name": "x"
            }
            """,
            "comments are not allowed");

        [Fact]
        public void Block_comment_between_keys_is_reported_where_it_starts() => PolicyAssert.Fails(
            """
            {
              "version": 1,
              $$/* clinic policy */
              "name": "x"
            }
            """,
            "comments are not allowed");

        [Fact]
        public void Comment_before_a_value_is_reported_where_it_starts() => PolicyAssert.Fails(
            """
            {
              "version": $$/* must be 1 */ 1
            }
            """,
            "comments are not allowed");

        [Fact]
        public void Comment_inside_an_array_is_reported_where_it_starts() => PolicyAssert.Fails(
            """
            {
              "version": 1,
              "protected": [ $$/* ssn */ { "name": "*ssn*" } ]
            }
            """,
            "comments are not allowed");

        [Fact]
        public void Comment_before_the_object_is_reported_where_it_starts() => PolicyAssert.Fails(
            """
            $$// contoso clinic
            { "version": 1 }
            """,
            "comments are not allowed");

        [Fact]
        public void Multi_line_comment_after_the_object_is_reported_where_it_starts() => PolicyAssert.Fails(
            """
            { "version": 1 }
              $$/* reviewed
                 by security */
            """,
            "comments are not allowed");

        [Fact]
        public void Every_comment_is_reported() => PolicyAssert.Fails(
            """
            {
              $$// first
              "version": 1 $$/* second */
            }
            """,
            "comments are not allowed",
            "comments are not allowed");

        [Fact]
        public void Second_object_after_the_policy_is_trailing_content() => PolicyAssert.Fails(
            """
            { "version": 1 }
            $${ "version": 1 }
            """,
            "invalid JSON: Additional text encountered after finished reading JSON content");

        [Fact]
        public void Stray_word_after_the_policy_is_trailing_content() => PolicyAssert.Fails(
            """
            { "version": 1 }
              $$done
            """,
            "invalid JSON: Additional text encountered after finished reading JSON content");

        [Fact]
        public void Duplicate_key_is_reported_at_its_second_occurrence() => PolicyAssert.Fails(
            """
            {
              "version": 1,
              "name": "a",
              $$"name": "b"
            }
            """,
            "duplicate key \"name\"");

        [Fact]
        public void Duplicate_rule_is_reported_at_its_second_occurrence() => PolicyAssert.Fails(
            """
            {
              "version": 1,
              "rules": { "PHI001": "error", $$"PHI001": "none" }
            }
            """,
            "duplicate key \"PHI001\"");

        [Fact]
        public void Same_key_in_different_objects_is_not_a_duplicate()
        {
            var policy = PolicyAssert.Loads("""
                { "version": 1, "protected": [ { "name": "*ssn*" }, { "name": "*mrn*" } ] }
                """);

            Assert.Equal(2, policy.Protected.Count);
        }

        [Fact]
        public void Windows_line_endings_do_not_shift_positions() => PolicyAssert.Fails(
            "{\r\n  \"version\": 1, $$// one\r\n  \"name\": \"a\",\r\n  $$\"name\": \"b\"\r\n}\r\n",
            "comments are not allowed",
            "duplicate key \"name\"");

        [Fact]
        public void Old_Mac_line_endings_count_as_line_breaks() => PolicyAssert.Fails(
            "{\r  \"version\": 1, $$// one\r  \"name\": \"a\",\r  $$\"name\": \"b\"\r}\r",
            "comments are not allowed",
            "duplicate key \"name\"");

        [Fact]
        public void Trailing_comma_in_an_object_is_reported_at_the_comma() => PolicyAssert.Fails(
            """
            {
              "version": 1$$,
            }
            """,
            "trailing comma");

        [Fact]
        public void Trailing_comma_in_an_array_is_reported_at_the_comma() => PolicyAssert.Fails(
            """
            {
              "version": 1,
              "sanitizers": [ "Contoso.Phi.Mask"$$, ]
            }
            """,
            "trailing comma");

        [Fact]
        public void Single_quoted_string_is_reported_where_it_starts() => PolicyAssert.Fails(
            """
            {
              "version": 1,
              "name": $$'contoso'
            }
            """,
            "double quotes");

        [Fact]
        public void Unquoted_key_is_reported_where_it_starts() => PolicyAssert.Fails(
            """
            {
              $$version: 1
            }
            """,
            "double quotes");

        [Theory]
        [InlineData("01")]
        [InlineData("0x1")]
        public void Number_outside_the_JSON_grammar_is_reported_where_it_starts(string number) => PolicyAssert.Fails(
            "{\n  \"version\": $$" + number + "\n}",
            "is not a JSON number");

        [Fact]
        public void Undefined_is_not_JSON() => PolicyAssert.Fails(
            """
            {
              "version": 1,
              "name": $$undefined
            }
            """,
            "not JSON");

        [Fact]
        public void Empty_array_slot_is_not_JSON() => PolicyAssert.Fails(
            """
            {
              "version": 1,
              "sanitizers": [ "Contoso.Phi.Mask",$$, "Contoso.Phi.Hash" ]
            }
            """,
            "not JSON");
    }
}
