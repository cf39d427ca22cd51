using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PhiGuard.Cli.Analysis
{
    /// <summary>Runs the PhiGuard analyzers over one compilation, as the compiler would, and keeps their diagnostics (suppressed ones included).</summary>
    internal static class AnalyzerRunner
    {
        public static async Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, AnalyzerOptions analyzerOptions, string unitName, Action<string> reportFailure, CancellationToken cancellationToken)
        {
            var catalog = AnalyzerCatalog.Default;
            var options = new CompilationWithAnalyzersOptions(
                analyzerOptions,
                (exception, analyzer, _) => reportFailure(analyzer.GetType().Name + " failed in " + unitName + ": " + exception.GetType().Name + ": " + exception.Message),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: true);
            var diagnostics = await compilation.WithAnalyzers(catalog.Analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
            return diagnostics.Where(d => catalog.Rule(d.Id) is not null).ToImmutableArray();
        }
    }
}
