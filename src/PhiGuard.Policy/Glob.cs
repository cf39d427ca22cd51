using System;

namespace PhiGuard.Policy
{
    /// <summary>Case-insensitive wildcard patterns: <c>*</c> is any run of characters, <c>?</c> any one. Never a regex.</summary>
    public static class Glob
    {
        public static bool HasWildcards(string pattern) => pattern.IndexOf('*') >= 0 || pattern.IndexOf('?') >= 0;

        public static bool IsMatch(string pattern, string text)
        {
            int p = 0, t = 0, starP = -1, starT = 0;
            while (t < text.Length)
            {
                if (p < pattern.Length && (pattern[p] == '?' || CharsEqual(pattern[p], text[t])))
                {
                    p++;
                    t++;
                }
                else if (p < pattern.Length && pattern[p] == '*')
                {
                    starP = p++;
                    starT = t;
                }
                else if (starP >= 0)
                {
                    p = starP + 1;
                    t = ++starT;
                }
                else
                {
                    return false;
                }
            }

            while (p < pattern.Length && pattern[p] == '*')
            {
                p++;
            }

            return p == pattern.Length;
        }

        private static bool CharsEqual(char a, char b) =>
            a == b || char.ToUpperInvariant(a) == char.ToUpperInvariant(b);

        /// <summary>True when the pattern matches every possible name, which protects (or carves out) everything.</summary>
        public static bool MatchesEverything(string pattern)
        {
            foreach (var c in pattern)
            {
                if (c != '*')
                {
                    return false;
                }
            }

            return true;
        }

        internal static bool LooksLikeRegex(string pattern) =>
            pattern.IndexOfAny(RegexOnlyCharacters) >= 0 || pattern.IndexOf(".*", StringComparison.Ordinal) >= 0;

        private static readonly char[] RegexOnlyCharacters = { '^', '$', '[', ']', '(', ')', '{', '}', '|', '\\', '+' };
    }
}
