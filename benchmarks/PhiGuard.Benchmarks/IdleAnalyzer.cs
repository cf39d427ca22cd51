using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PhiGuard.Benchmarks
{
    /// <summary>
    /// The compiler on its own: an analyzer that registers nothing, so the driver runs (as it must, to be compared) but
    /// asks for no operation trees. What PhiGuard costs on top of the compiler's own time is its time minus this one's.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class IdleAnalyzer : DiagnosticAnalyzer
    {
#pragma warning disable RS2008 // A benchmark baseline, never shipped.
        private static readonly DiagnosticDescriptor Nothing = new DiagnosticDescriptor("BENCH001", "Nothing", "Nothing", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);
#pragma warning restore RS2008

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Nothing);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        }
    }
}
