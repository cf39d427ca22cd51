using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PhiGuard.Analyzers.Rules;

namespace PhiGuard.Analyzers.Tests.Verifiers
{
    /// <summary>
    /// Runs every PhiGuard analyzer over a compilation the way the compiler does, and records any exception an
    /// analyzer throws: for tests that feed code the markup verifier cannot (half-typed files, broken policies).
    /// </summary>
    internal static class AnalyzerRunner
    {
        public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers { get; } = typeof(LeakAnalyzer).Assembly
            .GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();

        public static CSharpCompilation Compile(IEnumerable<(string Path, string Text)> sources, IEnumerable<MetadataReference> references, OutputKind kind = OutputKind.DynamicallyLinkedLibrary) =>
            CSharpCompilation.Create(
                "Subject",
                sources.Select(source => CSharpSyntaxTree.ParseText(source.Text, new CSharpParseOptions(LanguageVersion.Latest), source.Path)),
                references,
                new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));

        /// <summary>Runs every analyzer, or only <paramref name="analyzer"/> when given; on several threads with <paramref name="concurrent"/>, as the compiler does.</summary>
        public static async Task<AnalyzerRun> RunAsync(Compilation compilation, string? policy, DiagnosticAnalyzer? analyzer = null, bool concurrent = false) =>
            await RunAsync(compilation, policy is null ? null : SourceText.From(policy), analyzer, concurrent).ConfigureAwait(false);

        /// <summary>As above, with the policy's text as the compiler read it (in the encoding it decoded the file with).</summary>
        public static async Task<AnalyzerRun> RunAsync(Compilation compilation, SourceText? policy, DiagnosticAnalyzer? analyzer = null, bool concurrent = false)
        {
            var exceptions = new ConcurrentBag<Exception>();
            var analyzers = analyzer is null ? AllAnalyzers : ImmutableArray.Create(analyzer);
            var diagnostics = await WithAnalyzers(compilation, policy, exceptions, analyzers, concurrent).GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
            return new AnalyzerRun(diagnostics, exceptions.ToList());
        }

        /// <summary>Analyses one document, as an IDE does while it is edited.</summary>
        public static async Task<AnalyzerRun> RunOnDocumentAsync(Compilation compilation, SyntaxTree tree, string? policy)
        {
            var exceptions = new ConcurrentBag<Exception>();
            var analysis = WithAnalyzers(compilation, policy is null ? null : SourceText.From(policy), exceptions, AllAnalyzers);
            var syntax = await analysis.GetAnalyzerSyntaxDiagnosticsAsync(tree, CancellationToken.None).ConfigureAwait(false);
            var semantic = await analysis.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), null, CancellationToken.None).ConfigureAwait(false);
            return new AnalyzerRun(syntax.AddRange(semantic), exceptions.ToList());
        }

        private static CompilationWithAnalyzers WithAnalyzers(Compilation compilation, SourceText? policy, ConcurrentBag<Exception> exceptions, ImmutableArray<DiagnosticAnalyzer> analyzers, bool concurrent = false)
        {
            var additionalFiles = policy is null
                ? ImmutableArray<AdditionalText>.Empty
                : ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/policy/phiguard.json", policy));
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(additionalFiles),
                onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
                concurrentAnalysis: concurrent,
                logAnalyzerExecutionTime: false);
            return compilation.WithAnalyzers(analyzers, options);
        }

        private sealed class InMemoryAdditionalText : AdditionalText
        {
            private readonly SourceText _text;

            public InMemoryAdditionalText(string path, SourceText text)
            {
                Path = path;
                _text = text;
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }
    }

    internal sealed record AnalyzerRun(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Exceptions)
    {
        /// <summary>Analyzer exceptions, whether thrown or reported as AD0001, described for an assertion message.</summary>
        public IEnumerable<string> Crashes =>
            Exceptions.Select(e => e.ToString()).Concat(Diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()));
    }
}
