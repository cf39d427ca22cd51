using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PhiGuard.Benchmarks
{
    /// <summary>
    /// The code bases the benchmarks analyse: the generated one (50 modules, about 100,000 lines), and a real one named
    /// by environment variables, since its sources and the assemblies it references are not part of this repository.
    /// </summary>
    internal static class CodeBases
    {
        public const int GeneratedModules = 50;

        /// <summary>Semicolon-separated source folders of the real code base.</summary>
        public const string SourcesVariable = "PHIGUARD_REAL_SOURCES";

        /// <summary>Semicolon-separated folders of the assemblies the real code base references (beyond the framework).</summary>
        public const string ReferencesVariable = "PHIGUARD_REAL_REFERENCES";

        /// <summary>The policy file written for the real code base.</summary>
        public const string PolicyVariable = "PHIGUARD_REAL_POLICY";

        /// <summary>Comma-separated preprocessor symbols of the real code base.</summary>
        public const string DefinesVariable = "PHIGUARD_REAL_DEFINES";

        /// <summary>Optional: the document of the real code base the single-document benchmark analyses.</summary>
        public const string DocumentVariable = "PHIGUARD_REAL_DOCUMENT";

        private const int DocumentLines = 2000;

        public static AnalysisRun Generated() => AnalysisRun.FromSources(
            HealthCodeBase.Generate(GeneratedModules).Select((text, index) => ("Module" + index + ".cs", text)),
            AnalysisRun.FrameworkReferences(),
            HealthCodeBase.Policy,
            Array.Empty<string>());

        public static AnalysisRun Real()
        {
            var sources = Required(SourcesVariable).Split(';', StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
                .Where(path => !path.Contains("/obj/", StringComparison.Ordinal) && !path.Contains("/bin/", StringComparison.Ordinal))
                .Select(path => (path, File.ReadAllText(path)));
            var references = (Environment.GetEnvironmentVariable(ReferencesVariable) ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(folder => Directory.EnumerateFiles(folder, "*.dll"))
                .Concat(AspNetCoreReferences())
                .Concat(AnalysisRun.FrameworkReferences());
            var defines = (Environment.GetEnvironmentVariable(DefinesVariable) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);
            return AnalysisRun.FromSources(sources, references, File.ReadAllText(Required(PolicyVariable)), defines);
        }

        /// <summary>The document an IDE would analyse on its own: the one named, or the hand-written one closest to 2,000 lines.</summary>
        public static SyntaxTree Document(AnalysisRun run)
        {
            var named = Environment.GetEnvironmentVariable(DocumentVariable);
            return named is null
                ? run.Trees.Where(tree => !IsGenerated(tree.FilePath)).OrderBy(tree => Math.Abs(tree.GetText().Lines.Count - DocumentLines)).First()
                : run.Trees.Single(tree => tree.FilePath == named);
        }

        private static bool IsGenerated(string path) =>
            path.EndsWith(".Designer.cs", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".g.cs", StringComparison.OrdinalIgnoreCase);

        private static string[] AspNetCoreReferences()
        {
            var shared = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(typeof(object).Assembly.Location)))!, "Microsoft.AspNetCore.App");
            var latest = Directory.Exists(shared) ? Directory.GetDirectories(shared).OrderBy(path => path, StringComparer.Ordinal).LastOrDefault() : null;
            return latest is null ? Array.Empty<string>() : Directory.GetFiles(latest, "*.dll");
        }

        private static string Required(string variable) =>
            Environment.GetEnvironmentVariable(variable)
            ?? throw new InvalidOperationException(variable + " is not set: the real code base benchmarks need " + SourcesVariable + ", " + PolicyVariable + " and usually " + ReferencesVariable + " (see docs/performance.md).");
    }
}
