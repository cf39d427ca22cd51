using System.Collections.Generic;
using PhiGuard.Policy;

namespace PhiGuard.Policy.Tests.Support
{
    /// <summary>
    /// Policy text with <c>$$</c> markers where problems are expected, the way IDE tests mark a caret:
    /// the test states the place, and the helper works out its 1-based line and column.
    /// </summary>
    internal sealed class PositionMarkup
    {
        private const string Marker = "$$";

        private PositionMarkup(string text, IReadOnlyList<SourcePosition> positions)
        {
            Text = text;
            Positions = positions;
        }

        public string Text { get; }

        public IReadOnlyList<SourcePosition> Positions { get; }

        public static PositionMarkup Parse(string path, string markup)
        {
            var text = new System.Text.StringBuilder();
            var positions = new List<SourcePosition>();
            int line = 1, column = 1;
            for (var i = 0; i < markup.Length; i++)
            {
                if (string.CompareOrdinal(markup, i, Marker, 0, Marker.Length) == 0)
                {
                    positions.Add(new SourcePosition(path, line, column));
                    i += Marker.Length - 1;
                    continue;
                }

                text.Append(markup[i]);
                if (markup[i] == '\n' || (markup[i] == '\r' && (i + 1 == markup.Length || markup[i + 1] != '\n')))
                {
                    line++;
                    column = 1;
                }
                else
                {
                    column++;
                }
            }

            return new PositionMarkup(text.ToString(), positions);
        }
    }
}
