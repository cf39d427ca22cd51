using System;
using System.Linq;

namespace PhiGuard.Analyzers.Rules.Suppressions
{
    /// <summary>
    /// What counts as a justification of a PhiGuard suppression: words a reviewer can weigh, not an empty string,
    /// an editor's placeholder (<c>&lt;Pending&gt;</c>, <c>&lt;justification&gt;</c>) or a note to do it later.
    /// </summary>
    internal static class Justifications
    {
        /// <summary>What the suppression code fix writes, for the developer to replace.</summary>
        public const string Placeholder = "<justification>";

        private static readonly string[] PlaceholderWords = { "todo", "tbd", "fixme", "pending", "justification", "n/a", "na", "none", "later" };

        public static bool IsMissing(string? text)
        {
            var trimmed = text?.Trim() ?? string.Empty;
            if (!trimmed.Any(char.IsLetter))
            {
                return true;
            }

            if (trimmed.StartsWith("<", StringComparison.Ordinal) && trimmed.EndsWith(">", StringComparison.Ordinal))
            {
                return true;
            }

            var word = trimmed.TrimEnd('.', '!', ':', ';', ' ').ToLowerInvariant();
            return PlaceholderWords.Contains(word) || StartsWithWord(word, "todo") || StartsWithWord(word, "fixme") || StartsWithWord(word, "tbd");
        }

        private static bool StartsWithWord(string text, string word) =>
            text.StartsWith(word, StringComparison.Ordinal) && (text.Length == word.Length || !char.IsLetterOrDigit(text[word.Length]));
    }
}
