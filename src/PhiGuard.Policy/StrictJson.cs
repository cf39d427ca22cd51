namespace PhiGuard.Policy
{
    /// <summary>
    /// What Json.NET tolerates but JSON (RFC 8259) does not, and so a policy must not contain: comments,
    /// trailing commas, single-quoted strings, unquoted names and bare words such as NaN. Policies are read by
    /// other tools too (the schema, editors, CI scripts), which would reject them.
    /// </summary>
    internal static class StrictJson
    {
        /// <summary>The first thing in <paramref name="text"/> that is not strict JSON, or null.</summary>
        public static (int Line, int Column, string Message)? FirstViolation(string text)
        {
            var line = 1;
            var lineStart = 0;
            var lastSignificant = '\0';
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                switch (c)
                {
                    case '\n':
                        line++;
                        lineStart = i + 1;
                        continue;
                    case '"':
                        i = EndOfString(text, i);
                        lastSignificant = '"';
                        continue;
                    case '\'':
                        return (line, i - lineStart + 1, "strings and names must use double quotes");
                    case '/':
                        return (line, i - lineStart + 1, "comments are not allowed in a policy file");
                    case '}':
                    case ']':
                        if (lastSignificant == ',')
                        {
                            return (line, i - lineStart + 1, "trailing comma before '" + c + "'");
                        }

                        break;
                }

                if (char.IsLetter(c) || c == '_')
                {
                    var end = i;
                    while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
                    {
                        end++;
                    }

                    var word = text.Substring(i, end - i);
                    if (word != "true" && word != "false" && word != "null" && !IsExponent(text, i, word))
                    {
                        return (line, i - lineStart + 1, "'" + word + "' is not JSON; names and strings need double quotes");
                    }

                    i = end - 1;
                }

                if (!char.IsWhiteSpace(c))
                {
                    lastSignificant = c;
                }
            }

            return null;
        }

        /// <summary>The 'e' of a number such as 1e5 or 2.5E-3.</summary>
        private static bool IsExponent(string text, int index, string word) =>
            index > 0 && char.IsDigit(text[index - 1]) && (word == "e" || word == "E" || (word.Length > 1 && (word[0] == 'e' || word[0] == 'E') && IsDigits(word, 1)));

        private static bool IsDigits(string word, int from)
        {
            for (var i = from; i < word.Length; i++)
            {
                if (!char.IsDigit(word[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static int EndOfString(string text, int start)
        {
            for (var i = start + 1; i < text.Length; i++)
            {
                if (text[i] == '\\')
                {
                    i++;
                }
                else if (text[i] == '"' || text[i] == '\n')
                {
                    return i;
                }
            }

            return text.Length;
        }
    }
}
