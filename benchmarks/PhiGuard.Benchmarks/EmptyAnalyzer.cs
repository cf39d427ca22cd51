using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PhiGuard.Benchmarks
{
    /// <summary>
    /// A baseline analyzer that registers for operation blocks and reports nothing, so the driver builds every body's
    /// operation tree for it, as it does for the .NET SDK's own analyzers in most builds. PhiGuard compared with it is
    /// PhiGuard's cost in a build where some analyzer asks for operation trees anyway.
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
