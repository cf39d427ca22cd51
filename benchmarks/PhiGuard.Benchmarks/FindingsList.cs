using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PhiGuard.Analyzers.Rules;

namespace PhiGuard.Benchmarks
{
    /// <summary>
    /// Writes every PhiGuard finding on a code base, one per line in a stable order (rule, place, message, the path of
    /// calls), so that the lists before and after a change to the analyzers can be compared with <c>diff</c>. Usage:
    /// <c>findings generated|real FILE</c>.
    /// </summary>
    internal static class FindingsList
    {
        public static void Write(string codeBase, string output)
        {
            var run = codeBase == "real" ? CodeBases.Real() : CodeBases.Generated();
            var lines = run.AllDiagnosticsAsync(EveryAnalyzer()).GetAwaiter().GetResult()
                .Where(diagnostic => diagnostic.Id.StartsWith("PHI", StringComparison.Ordinal))
                .Select(diagnostic => diagnostic.Id + "\t" + Place(diagnostic.Location) + "\t" + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture) + "\t" + string.Join(" ", diagnostic.AdditionalLocations.Select(Place)))
                .OrderBy(line => line, StringComparer.Ordinal)
                .ToList();
            File.WriteAllLines(output, lines);
            Console.WriteLine(lines.Count + " findings written to " + output);
        }

        /// <summary>Every analyzer of the package, not only the rules the timings use, so that no rule's findings change unnoticed.</summary>
        private static ImmutableArray<DiagnosticAnalyzer> EveryAnalyzer() =>
            typeof(LeakAnalyzer).Assembly.GetExportedTypes()
                .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
                .OrderBy(type => type.FullName, StringComparer.Ordinal)
                .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
                .ToImmutableArray();

        private static string Place(Location location)
        {
            var span = location.GetLineSpan();
            return span.Path + ":" + (span.StartLinePosition.Line + 1) + ":" + (span.StartLinePosition.Character + 1);
        }
    }
}
