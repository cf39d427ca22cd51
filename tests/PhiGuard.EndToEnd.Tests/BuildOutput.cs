using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace PhiGuard.EndToEnd.Tests
{
    /// <summary>One diagnostic line of `dotnet build` output.</summary>
    public sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message);

    /// <summary>Reads the PhiGuard diagnostics out of `dotnet build` output, each once (the summary repeats them).</summary>
    public static class BuildOutput
    {
        private static readonly Regex DiagnosticLine = new Regex(
            @"^[ \t]*(?:\d+>)?(?<file>[^\s(][^(\r\n]*)\((?<line>\d+),(?<column>\d+)(?:,\d+,\d+)?\): (?<severity>warning|error) (?<id>PHI\d{3}): (?<message>.*?)(?: \(https://[^)]*\))?(?: \[[^\]]*\])?[ \t\r]*$",
            RegexOptions.Multiline);

        public static IReadOnlyList<BuildDiagnostic> Diagnostics(string output) =>
            DiagnosticLine.Matches(output)
                .Select(m => new BuildDiagnostic(
                    m.Groups["file"].Value.Trim(),
                    int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture),
                    int.Parse(m.Groups["column"].Value, CultureInfo.InvariantCulture),
                    m.Groups["severity"].Value,
                    m.Groups["id"].Value,
                    m.Groups["message"].Value))
                .Distinct()
                .ToList();
    }
}
