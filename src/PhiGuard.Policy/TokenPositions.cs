using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PhiGuard.Policy
{
    /// <summary>
    /// Turns Json.NET's line info (the last character of a token) into the position where the token starts,
    /// which is where an editor should put the cursor.
    /// </summary>
    internal sealed class TokenPositions
    {
        private readonly string _path;
        private readonly string[] _lines;

        public TokenPositions(string path, string text)
        {
            _path = path;
            _lines = text.Split('\n');
        }

        public SourcePosition At(int line, int column) => new SourcePosition(_path, Math.Max(line, 1), Math.Max(column, 1));

        public SourcePosition StartOf(JToken token)
        {
            var info = (IJsonLineInfo)token;
            if (!info.HasLineInfo())
            {
                return At(1, 1);
            }

            var line = info.LineNumber;
            var last = info.LinePosition - 1;
            if (line < 1 || line > _lines.Length || last < 0 || last >= _lines[line - 1].Length)
            {
                return At(line, info.LinePosition);
            }

            var text = _lines[line - 1];
            var start = token.Type switch
            {
                JTokenType.Property => StartOfPropertyName(text, last),
                JTokenType.String => StartOfString(text, last),
                JTokenType.Integer or JTokenType.Float or JTokenType.Boolean or JTokenType.Null => StartOfWord(text, last),
                _ => last,
            };
            return At(line, start + 1);
        }

        private static int StartOfPropertyName(string text, int colon)
        {
            var i = colon - 1;
            while (i > 0 && char.IsWhiteSpace(text[i]))
            {
                i--;
            }

            return text[i] == '"' ? StartOfString(text, i) : i;
        }

        private static int StartOfString(string text, int closingQuote)
        {
            for (var i = closingQuote - 1; i >= 0; i--)
            {
                if (text[i] == '"' && !IsEscaped(text, i))
                {
                    return i;
                }
            }

            return closingQuote;
        }

        private static bool IsEscaped(string text, int index)
        {
            var backslashes = 0;
            for (var i = index - 1; i >= 0 && text[i] == '\\'; i--)
            {
                backslashes++;
            }

            return backslashes % 2 == 1;
        }

        private static int StartOfWord(string text, int last)
        {
            var i = last;
            while (i > 0 && IsWordCharacter(text[i - 1]))
            {
                i--;
            }

            return i;
        }

        private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '.' || c == '-' || c == '+';
    }
}
