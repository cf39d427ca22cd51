using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using Newtonsoft.Json;

namespace PhiGuard.Policy
{
    /// <summary>
    /// Holds a policy to RFC 8259 JSON while Json.NET reads it. Json.NET on its own accepts comments (and drops those
    /// inside objects without a trace), single quotes, unquoted keys, trailing commas, empty array entries,
    /// <c>undefined</c>, constructors, numbers such as <c>01</c> or <c>0x1F</c>, and duplicate keys; editors, the schema
    /// and other tools reading the same policy would not, so PhiGuard does not either.
    /// </summary>
    internal sealed class StrictJsonReader : JsonTextReader
    {
        private static readonly Regex JsonNumber = new Regex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant);

        private readonly TokenPositions _positions;
        private readonly Action<SourcePosition, string> _report;
        private readonly Stack<HashSet<string>> _keysOfOpenObjects = new Stack<HashSet<string>>();

        public StrictJsonReader(TextReader reader, TokenPositions positions, Action<SourcePosition, string> report)
            : base(reader)
        {
            _positions = positions;
            _report = report;
            DateParseHandling = DateParseHandling.None;
            FloatParseHandling = FloatParseHandling.Decimal;
        }

        public override bool Read()
        {
            var previousLine = LineNumber;
            var previousPosition = LinePosition;
            if (!base.Read())
            {
                return false;
            }

            switch (TokenType)
            {
                case JsonToken.Comment:
                    _report(StartAfter(previousLine, previousPosition), "comments are not allowed in a policy file");
                    break;
                case JsonToken.StartObject:
                    _keysOfOpenObjects.Push(new HashSet<string>(StringComparer.Ordinal));
                    break;
                case JsonToken.EndObject:
                    _keysOfOpenObjects.Pop();
                    CheckNoTrailingComma(previousLine, previousPosition);
                    break;
                case JsonToken.EndArray:
                    CheckNoTrailingComma(previousLine, previousPosition);
                    break;
                case JsonToken.PropertyName:
                    CheckKey();
                    break;
                case JsonToken.String:
                    CheckDoubleQuoted(_positions.StartOfString(LineNumber, LinePosition));
                    break;
                case JsonToken.Integer:
                case JsonToken.Float:
                    CheckNumber();
                    break;
                case JsonToken.Undefined:
                    _report(StartOfUndefined(), "an empty entry or undefined is not JSON; remove it");
                    break;
                case JsonToken.StartConstructor:
                    _report(StartAfter(previousLine, previousPosition), "a constructor is not JSON; write a plain value");
                    break;
            }

            return true;
        }

        /// <summary>Where a token starts that follows the previous one after white space and perhaps its comma.</summary>
        private SourcePosition StartAfter(int previousLine, int previousPosition) =>
            _positions.NextCharacter(previousLine, previousPosition, ",").Position;

        private void CheckNoTrailingComma(int previousLine, int previousPosition)
        {
            var next = _positions.NextCharacter(previousLine, previousPosition, string.Empty);
            if (next.Character == ',')
            {
                _report(next.Position, "a trailing comma is not allowed in JSON; remove it");
            }
        }

        private void CheckKey()
        {
            var start = _positions.StartOfPropertyName(LineNumber, LinePosition);
            CheckDoubleQuoted(start);
            var name = (string)Value!;
            if (!_keysOfOpenObjects.Peek().Add(name))
            {
                _report(start, "duplicate key \"" + name + "\"; a key may appear only once in an object");
            }
        }

        private void CheckDoubleQuoted(SourcePosition start)
        {
            if (QuoteChar != '"')
            {
                _report(start, "keys and strings must be in double quotes");
            }
        }

        private void CheckNumber()
        {
            var start = _positions.StartOfWord(LineNumber, LinePosition);
            var text = _positions.TextOf(start, LinePosition);
            if (!JsonNumber.IsMatch(text))
            {
                _report(start, "\"" + text + "\" is not a JSON number");
            }
        }

        /// <summary>Json.NET reads the word <c>undefined</c>, and an empty entry in an array, as Undefined; the latter stops before the comma that ends it.</summary>
        private SourcePosition StartOfUndefined() =>
            char.IsLetter(_positions.CharacterAt(LineNumber, LinePosition - 1))
                ? _positions.StartOfWord(LineNumber, LinePosition)
                : _positions.At(LineNumber, LinePosition + 1);
    }
}
