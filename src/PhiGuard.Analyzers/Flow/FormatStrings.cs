using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>
    /// Format strings that decide what of a value reaches the text: <c>date.ToString("19000101")</c> prints no part of
    /// the date, <c>string.Format("{1}", name, id)</c> inserts the id only.
    /// </summary>
    internal static class FormatStrings
    {
        /// <summary>The letters and separators a custom date and time format replaces by a part of the value.</summary>
        private const string DateSpecifiers = "dfFghHKmMstyz:/%";

        /// <summary>
        /// What the result of a library formatting call carries when its format string is a constant that says so,
        /// or null when the call is not one of them and the result may carry every input.
        /// </summary>
        public static Taint? Result(IMethodSymbol method, List<ArgumentValue> arguments)
        {
            if (method.Name == "ToString" && IsDateOrTime(method.ContainingType))
            {
                var format = ConstantFormat(method, arguments);
                return format is not null && IsConstantDateFormat(format) ? Taint.None : null;
            }

            if (method.Name == "Format" && method.ContainingType?.SpecialType == SpecialType.System_String)
            {
                return InsertedArguments(method, arguments);
            }

            return null;
        }

        /// <summary>
        /// Whether a custom date and time format prints only its own text: longer than one character (a single one is
        /// a standard format), with every specifier inside quotes or escaped.
        /// </summary>
        public static bool IsConstantDateFormat(string format)
        {
            if (format.Length < 2)
            {
                return false;
            }

            for (var i = 0; i < format.Length; i++)
            {
                var c = format[i];
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '\'' || c == '"')
                {
                    var end = format.IndexOf(c, i + 1);
                    if (end < 0)
                    {
                        return false;
                    }

                    i = end;
                }
                else if (DateSpecifiers.IndexOf(c) >= 0)
                {
                    return false;
                }
            }

            return true;
        }

        public static bool IsDateOrTime(ITypeSymbol? type) =>
            type is not null && (type.SpecialType == SpecialType.System_DateTime
                || (type.ContainingNamespace?.ToDisplayString() == "System" && type.Name is "DateTimeOffset" or "DateOnly" or "TimeOnly" or "TimeSpan"));

        private static string? ConstantFormat(IMethodSymbol method, List<ArgumentValue> arguments)
        {
            var parameter = method.Parameters.FirstOrDefault(p => p.Name == "format" && p.Type.SpecialType == SpecialType.System_String);
            var argument = parameter is null ? null : arguments.FirstOrDefault(a => a.Ordinal == parameter.Ordinal);
            return argument?.Argument.Value.ConstantValue is { HasValue: true, Value: string text } ? text : null;
        }

        /// <summary>
        /// The arguments a constant composite format inserts (<c>{0}</c>, <c>{1,5:d}</c>); null when the format is not a
        /// constant or cannot be read, so every argument counts.
        /// </summary>
        private static Taint? InsertedArguments(IMethodSymbol method, List<ArgumentValue> arguments)
        {
            var format = ConstantFormat(method, arguments);
            var formatOrdinal = method.Parameters.FirstOrDefault(p => p.Name == "format")?.Ordinal;
            var indices = format is null ? null : Placeholders(format);
            if (indices is null || formatOrdinal is null)
            {
                return null;
            }

            var values = new List<Taint>();
            foreach (var argument in arguments.Where(a => a.Ordinal > formatOrdinal).OrderBy(a => a.Ordinal))
            {
                values.AddRange(argument.Elements?.Select(element => element.Value) ?? new[] { argument.Taint });
            }

            var result = Taint.None;
            foreach (var index in indices)
            {
                // An index past the values given throws at run time; count every value rather than guess.
                result = result.Union(index < values.Count ? values[index] : values.Aggregate(Taint.None, (taint, value) => taint.Union(value)));
            }

            return result;
        }

        /// <summary>The indices of the placeholders of a composite format, or null when it is malformed.</summary>
        private static List<int>? Placeholders(string format)
        {
            var indices = new List<int>();
            for (var i = 0; i < format.Length; i++)
            {
                if (format[i] == '{')
                {
                    if (i + 1 < format.Length && format[i + 1] == '{')
                    {
                        i++;
                        continue;
                    }

                    var start = i + 1;
                    var end = start;
                    while (end < format.Length && char.IsDigit(format[end]))
                    {
                        end++;
                    }

                    if (end == start || end - start > 6 || format.IndexOf('}', end) < 0)
                    {
                        return null;
                    }

                    indices.Add(int.Parse(format.Substring(start, end - start), System.Globalization.CultureInfo.InvariantCulture));
                    i = format.IndexOf('}', end);
                }
                else if (format[i] == '}')
                {
                    if (i + 1 < format.Length && format[i + 1] == '}')
                    {
                        i++;
                    }
                }
            }

            return indices;
        }
    }
}
