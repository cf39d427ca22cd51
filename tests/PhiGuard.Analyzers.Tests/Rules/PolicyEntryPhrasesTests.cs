using System;
using PhiGuard.Analyzers.Rules;
using PhiGuard.Policy;
using Xunit;

namespace PhiGuard.Analyzers.Tests.Rules
{
    /// <summary>How a leak message names the policy entry that protects the value: kind, matched name, file and line.</summary>
    public class PolicyEntryPhrasesTests
    {
        private static readonly Selector ClinicalNote = new Selector(
            SelectorKind.Type,
            "*.ClinicalNote",
            new[] { "Text", "Body", "Content*", "Note*", "Summary", "Subject" },
            null,
            "clinical notes",
            new SourcePosition("builtin:nz-health", 22, 5));

        [Fact]
        public void Type_entry_with_members_is_named_by_the_member_that_matched_not_its_whole_list() =>
            Assert.Equal("type \"*.ClinicalNote\" member \"Text\" (builtin:nz-health:22): clinical notes", PolicyEntryPhrases.Of(ClinicalNote, "ClinicalNote.Text"));

        [Fact]
        public void Member_glob_that_matched_is_named_as_written() =>
            Assert.Equal("type \"*.ClinicalNote\" member \"Content*\" (builtin:nz-health:22): clinical notes", PolicyEntryPhrases.Of(ClinicalNote, "Referral.Note.ContentHtml"));

        [Fact]
        public void Entry_without_members_is_named_by_kind_pattern_and_place() => Assert.Equal(
            "name \"*ssn*\" (phiguard.json:8)",
            PolicyEntryPhrases.Of(new Selector(SelectorKind.Name, "*ssn*", Array.Empty<string>(), null, null, new SourcePosition("/repo/phiguard.json", 8, 5)), "Patient.Ssn"));
    }
}
