using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PhiGuard.Analyzers.Rules;

namespace PhiGuard.Benchmarks
{
    /// <summary>
    /// One code base ready to compile: parsed trees, references and a policy. Every run builds a fresh compilation, so
    /// nothing bound by an earlier run is reused, and asks for every diagnostic, the compiler's and the analyzers'.
    /// </summary>
    internal sealed class AnalysisRun
    {
        private readonly AnalyzerOptions _options;

        public AnalysisRun(IReadOnlyList<SyntaxTree> trees, IReadOnlyList<MetadataReference> references, string policy)
        {
            Trees = trees;
            References = references;
            _options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new PolicyFile(policy)));
        }

        public IReadOnlyList<SyntaxTree> Trees { get; }

        public IReadOnlyList<MetadataReference> References { get; }

        /// <summary>The three leak rules PhiGuard runs on every build with the policy.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> PhiGuard { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(
            new PHI001LogLeakAnalyzer(), new PHI004ExceptionMessageLeakAnalyzer(), new PHI005TelemetryLeakAnalyzer());

        /// <summary>The baseline of a build: the compiler's own work, with an analyzer that registers nothing.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> Compiler { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new BaselineAnalyzer(BaselineKind.Nothing));

        /// <summary>The baseline of one document: an analyzer that looks at every method's syntax and does nothing.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> MethodSyntax { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new BaselineAnalyzer(BaselineKind.MethodSyntax));

        /// <summary>An analyzer that asks the driver for every operation block and does nothing.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> OperationBlocks { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new BaselineAnalyzer(BaselineKind.OperationBlocks));

        public static AnalysisRun FromSources(IEnumerable<(string Path, string Text)> sources, IEnumerable<string> referencePaths, string policy, IEnumerable<string> preprocessorSymbols)
        {
            var options = new CSharpParseOptions(LanguageVersion.Preview, preprocessorSymbols: preprocessorSymbols);
            var trees = sources.Select(source => CSharpSyntaxTree.ParseText(SourceText.From(source.Text), options, source.Path)).ToList();
            var references = referencePaths
                .Where(IsAssembly)
                .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
                .Select(group => (MetadataReference)MetadataReference.CreateFromFile(group.First()))
                .ToList();
            return new AnalysisRun(trees, references, policy);
        }

        /// <summary>The running framework's assemblies and those next to the benchmark (Microsoft.Extensions.Logging.Abstractions).</summary>
        public static IEnumerable<string> FrameworkReferences() =>
            Directory.GetFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll")
                .Append(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location);

        public CSharpCompilation NewCompilation() => CSharpCompilation.Create(
            "Analysed",
            Trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true));

        /// <summary>Everything a build reports: compiler diagnostics and the analyzers' findings.</summary>
        public Task<ImmutableArray<Diagnostic>> AllDiagnosticsAsync(ImmutableArray<DiagnosticAnalyzer> analyzers) =>
            NewCompilation().WithAnalyzers(analyzers, Options(analyzers)).GetAllDiagnosticsAsync(CancellationToken.None);

        public CompilationWithAnalyzers WithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers) =>
            compilation.WithAnalyzers(analyzers, Options(analyzers));

        private CompilationWithAnalyzersOptions Options(ImmutableArray<DiagnosticAnalyzer> analyzers) =>
            new CompilationWithAnalyzersOptions(_options, onAnalyzerException: (exception, analyzer, _) => throw new InvalidOperationException(analyzer + " failed", exception), concurrentAnalysis: true, logAnalyzerExecutionTime: false);

        private static bool IsAssembly(string path)
        {
            try
            {
                System.Reflection.AssemblyName.GetAssemblyName(path);
                return true;
            }
            catch (BadImageFormatException)
            {
                return false;
            }
        }

        private sealed class PolicyFile : AdditionalText
        {
            private readonly SourceText _text;

            public PolicyFile(string text)
            {
                _text = SourceText.From(text);
            }

            public override string Path => "phiguard.json";

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }
    }
}
