using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PhiGuard.Benchmarks
{
    /// <summary>What a baseline analyzer asks the driver for; it never reports anything.</summary>
    internal enum BaselineKind
    {
        /// <summary>Nothing: the compiler's own work, and the driver idle.</summary>
        Nothing,

        /// <summary>
        /// Every method declaration's syntax: the least a semantic analyzer costs. The driver has the compiler bind every
        /// body of the analysed scope for its diagnostics (which is how it learns the declarations), then walks the syntax.
        /// In an IDE the compiler's own diagnostics of the document pay for that binding anyway.
        /// </summary>
        MethodSyntax,

        /// <summary>Every operation block: the driver also builds every body's operation tree, as it does for the .NET SDK's own analyzers in most builds.</summary>
        OperationBlocks,
    }

    /// <summary>A baseline analyzer: PhiGuard's cost is its time minus a baseline's.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class BaselineAnalyzer : DiagnosticAnalyzer
    {
#pragma warning disable RS2008 // A benchmark baseline, never shipped.
        private static readonly DiagnosticDescriptor Nothing = new DiagnosticDescriptor("BENCH000", "Nothing", "Nothing", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);
#pragma warning restore RS2008

        private readonly BaselineKind _kind;

        public BaselineAnalyzer(BaselineKind kind)
        {
            _kind = kind;
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Nothing);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            switch (_kind)
            {
                case BaselineKind.MethodSyntax:
                    context.RegisterSyntaxNodeAction(_ => { }, SyntaxKind.MethodDeclaration);
                    break;
                case BaselineKind.OperationBlocks:
                    context.RegisterOperationBlockAction(_ => { });
                    break;
            }
        }
    }
}
