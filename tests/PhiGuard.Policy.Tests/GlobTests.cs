using Xunit;

namespace PhiGuard.Policy.Tests
{
    public class GlobTests
    {
        [Theory]
        [InlineData("*ssn*", "ssn")]
        [InlineData("*ssn*", "patientSsnHash")]
        [InlineData("ssn*", "SsnLast4")]
        [InlineData("*Ssn", "PatientSSN")]
        [InlineData("a*b*c", "aXXbYYc")]
        [InlineData("a*b", "abXb")]
        [InlineData("*", "")]
        [InlineData("", "")]
        public void Star_matches_any_run_of_characters_including_none(string pattern, string text) =>
            Assert.True(Glob.IsMatch(pattern, text));

        [Theory]
        [InlineData("ssn?", "ssn1")]
        [InlineData("??n", "SSN")]
        [InlineData("mrn?*", "mrn12")]
        public void Question_mark_matches_exactly_one_character(string pattern, string text) =>
            Assert.True(Glob.IsMatch(pattern, text));

        [Theory]
        [InlineData("ssn?", "ssn")]
        [InlineData("ssn?", "ssn12")]
        [InlineData("?", "")]
        public void Question_mark_does_not_match_none_or_several_characters(string pattern, string text) =>
            Assert.False(Glob.IsMatch(pattern, text));

        [Theory]
        [InlineData("DateOfBirth", "dateofbirth")]
        [InlineData("dateofbirth", "DATEOFBIRTH")]
        [InlineData("*EMAIL*", "contactEmailAddress")]
        public void Matching_ignores_case(string pattern, string text) =>
            Assert.True(Glob.IsMatch(pattern, text));

        [Theory]
        [InlineData("ssn", "patientSsn")]
        [InlineData("ssn", "ssnHash")]
        [InlineData("ssn*", "patientSsn")]
        [InlineData("*ssn", "ssnHash")]
        [InlineData("a*c", "abcd")]
        public void Pattern_is_anchored_at_both_ends(string pattern, string text) =>
            Assert.False(Glob.IsMatch(pattern, text));

        [Theory]
        [InlineData(".*ssn.*", "xssnx")]
        [InlineData("[Ss]sn", "Ssn")]
        [InlineData("^ssn$", "ssn")]
        public void Regex_syntax_is_matched_literally_not_as_a_regex(string pattern, string text) =>
            Assert.False(Glob.IsMatch(pattern, text));

        [Theory]
        [InlineData("*", true)]
        [InlineData("***", true)]
        [InlineData("*?", false)]
        [InlineData("*a*", false)]
        public void MatchesEverything_is_true_only_for_stars(string pattern, bool expected) =>
            Assert.Equal(expected, Glob.MatchesEverything(pattern));

        [Theory]
        [InlineData("*ssn", true)]
        [InlineData("ss?", true)]
        [InlineData("Contoso.Patient", false)]
        public void HasWildcards_finds_star_or_question_mark(string pattern, bool expected) =>
            Assert.Equal(expected, Glob.HasWildcards(pattern));
    }
}
