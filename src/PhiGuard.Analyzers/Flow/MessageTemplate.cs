using System.Collections.Generic;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>
    /// Reads the holes of a structured-logging message template in order. <c>{@Patient}</c> asks Serilog (and
    /// Microsoft.Extensions.Logging through Serilog or NLog providers) to write every member of the argument.
    /// </summary>
    internal static class MessageTemplate
    {
        /// <summary>For each hole in order: whether it destructures its argument.</summary>
        public static IReadOnlyList<bool> DestructuringHoles(string template)
        {
            var holes = new List<bool>();
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

                holes.Add(end > i + 1 && template[i + 1] == '@');
                i = end;
            }

            return holes;
        }
    }
}
