using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PhiGuard.Policy
{
    /// <summary>
    /// Turns Json.NET's line info (the last character of a token) into the position where the token starts,
    /// which is where an editor should put the cursor.
    /// </summary>
    /// <remarks>
    /// A reader position is Json.NET's (line, line position): the line position counts the characters of the line
    /// that the reader has consumed, so it is also the 0-based index of the next character.
    /// </remarks>
    internal sealed class TokenPositions
    {
        private readonly string _path;
        private readonly string[] _lines;

        public TokenPositions(string path, string text)
        {
            _path = path;

            // Json.NET counts "\r\n", "\n" and a lone "\r" as one line break each, and so must the positions.
            _lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        }

        public SourcePosition At(int line, int column) => new SourcePosition(_path, Math.Max(line, 1), Math.Max(column, 1));

        /// <summary>The position of the character at <paramref name="index"/> of the text, counting line breaks as Json.NET does.</summary>
        public static SourcePosition OfIndex(string path, string text, int index)
        {
            int line = 1, lineStart = 0;
            for (var i = 0; i < index; i++)
            {
                if (text[i] == '\r' && i + 1 < index && text[i + 1] == '\n')
                {
                    i++;
                }

                if (text[i] == '\n' || text[i] == '\r')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return new SourcePosition(path, line, index - lineStart + 1);
        }

        public SourcePosition StartOf(JToken token)
        {
            var info = (IJsonLineInfo)token;
            if (!info.HasLineInfo())
            {
                return At(1, 1);
            }

            return token.Type switch
            {
                JTokenType.Property => StartOfPropertyName(info.LineNumber, info.LinePosition),
                JTokenType.String => StartOfString(info.LineNumber, info.LinePosition),
                JTokenType.Integer or JTokenType.Float or JTokenType.Boolean or JTokenType.Null => StartOfWord(info.LineNumber, info.LinePosition),
                _ => At(info.LineNumber, info.LinePosition),
            };
        }

        /// <summary>
        /// Where a property name starts. Json.NET's line info for a property is the colon after the name, and white
        /// space, line breaks included, may stand between the two.
        /// </summary>
        public SourcePosition StartOfPropertyName(int line, int linePosition)
        {
            var colon = linePosition - 1;
            if (line < 1 || line > _lines.Length || colon < 0 || colon >= _lines[line - 1].Length)
            {
                return At(line, linePosition);
            }

            for (var index = line - 1; index >= 0; index--)
            {
                var text = _lines[index];
                for (var last = index == line - 1 ? colon - 1 : text.Length - 1; last >= 0; last--)
                {
                    if (!char.IsWhiteSpace(text[last]))
                    {
                        var start = text[last] == '"' || text[last] == '\'' ? StartOfString(text, last) : StartOfWord(text, last);
                        return At(index + 1, start + 1);
                    }
                }
            }

            return At(line, linePosition);
        }

        public SourcePosition StartOfString(int line, int linePosition) => Scan(line, linePosition, StartOfString);

        /// <summary>Where a number, <c>true</c>, <c>false</c>, <c>null</c> or other bare word starts.</summary>
        public SourcePosition StartOfWord(int line, int linePosition) => Scan(line, linePosition, StartOfWord);

        /// <summary>The text of a token that starts at <paramref name="start"/> and ends at the reader position on the same line.</summary>
        public string TextOf(SourcePosition start, int linePosition)
        {
            var text = _lines[start.Line - 1];
            var end = Math.Min(linePosition, text.Length);
            return end > start.Column - 1 ? text.Substring(start.Column - 1, end - start.Column + 1) : string.Empty;
        }

        /// <summary>The character at a reader position (the one it reads next), or '\0' past the end of the line.</summary>
        public char CharacterAt(int line, int linePosition) =>
            line >= 1 && line <= _lines.Length && linePosition >= 0 && linePosition < _lines[line - 1].Length ? _lines[line - 1][linePosition] : '\0';

        /// <summary>
        /// The first character from a reader position on that is neither white space nor one of <paramref name="alsoSkip"/>,
        /// and where it is; '\0' and the end of the text when there is none.
        /// </summary>
        public (SourcePosition Position, char Character) NextCharacter(int line, int linePosition, string alsoSkip)
        {
            for (var index = Math.Max(line, 1) - 1; index < _lines.Length; index++)
            {
                var text = _lines[index];
                for (var column = index == line - 1 ? Math.Max(linePosition, 0) : 0; column < text.Length; column++)
                {
                    if (!char.IsWhiteSpace(text[column]) && alsoSkip.IndexOf(text[column]) < 0)
                    {
                        return (At(index + 1, column + 1), text[column]);
                    }
                }
            }

            return (At(_lines.Length, _lines[_lines.Length - 1].Length + 1), '\0');
        }

        /// <summary>
        /// Where Json.NET stopped when it threw. It reports the last character it consumed: the character it could not
        /// read is the next one; at the end of a line or before white space it is the word it read (such as <c>tru</c>),
        /// or else the character itself (such as a mismatched bracket).
        /// </summary>
        public SourcePosition OfReaderError(int line, int linePosition)
        {
            var next = CharacterAt(line, linePosition);
            if (next != '\0' && !char.IsWhiteSpace(next))
            {
                return At(line, linePosition + 1);
            }

            return char.IsLetterOrDigit(CharacterAt(line, linePosition - 1)) ? StartOfWord(line, linePosition) : At(line, linePosition);
        }

        private SourcePosition Scan(int line, int linePosition, Func<string, int, int> findStart)
        {
            var last = linePosition - 1;
            if (line < 1 || line > _lines.Length || last < 0 || last >= _lines[line - 1].Length)
            {
                return At(line, linePosition);
            }

            return At(line, findStart(_lines[line - 1], last) + 1);
        }

        private static int StartOfString(string text, int closingQuote)
        {
            var quote = text[closingQuote];
            for (var i = closingQuote - 1; i >= 0; i--)
            {
                if (text[i] == quote && !IsEscaped(text, i))
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

        private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '$' || c == '.' || c == '-' || c == '+';
    }
}
