using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PhiGuard.Benchmarks
{
    /// <summary>
    /// The baseline analyzer: registers for operation blocks as PhiGuard's rules do, so the driver does the same work
    /// for it (operation trees, concurrency), and reports nothing. What PhiGuard costs is its time minus this one's.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class EmptyAnalyzer : DiagnosticAnalyzer
    {
#pragma warning disable RS2008 // A benchmark baseline, never shipped.
        private static readonly DiagnosticDescriptor Nothing = new DiagnosticDescriptor("BENCH000", "Nothing", "Nothing", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);
#pragma warning restore RS2008

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Nothing);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationBlockAction(_ => { });
        }
    }
}
