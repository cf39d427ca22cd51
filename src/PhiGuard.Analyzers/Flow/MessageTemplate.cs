using System.Collections.Generic;
using System.Linq;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>
    /// Reads the holes of a structured-logging message template in order. <c>{@Patient}</c> asks Serilog (and
    /// Microsoft.Extensions.Logging through Serilog or NLog providers) to write every member of the argument.
    /// </summary>
    internal static class MessageTemplate
    {
        /// <summary>For each hole in order: whether it destructures its argument.</summary>
        public static IReadOnlyList<bool> DestructuringHoles(string template) =>
            Holes(template).Select(hole => hole.End > hole.Start + 1 && template[hole.Start + 1] == '@').ToList();

        /// <summary>Where each hole starts and ends (its braces), in order; <c>{{</c> is an escaped brace, not a hole.</summary>
        public static IReadOnlyList<(int Start, int End)> Holes(string template)
        {
            var holes = new List<(int, int)>();
            for (var i = 0; i < template.Length; i++)
            {
                if (template[i] != '{')
                {
                    continue;
                }

                if (i + 1 < template.Length && template[i + 1] == '{')
                {
                    i++;
                    continue;
                }

                var end = template.IndexOf('}', i + 1);
                if (end < 0)
                {
                    break;
                }

                holes.Add((i, end));
                i = end;
            }

            return holes;
        }
    }
}
