using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PhiGuard.CodeFixes.Editing
{
    /// <summary>Finds the symbols a fix builds code from: types the policy names, and instances in scope at the finding.</summary>
    internal static class SymbolLookup
    {
        /// <summary>A type by the policy's name for it, nested types spelled with dots (<c>Ns.Outer.Inner</c>).</summary>
        public static INamedTypeSymbol? TypeNamed(Compilation compilation, string name)
        {
            var metadataName = name;
            while (true)
            {
                var type = compilation.GetTypeByMetadataName(metadataName);
                var dot = metadataName.LastIndexOf('.');
                if (type is not null || dot < 0)
                {
                    return type;
                }

                metadataName = metadataName.Substring(0, dot) + "+" + metadataName.Substring(dot + 1);
            }
        }

        /// <summary>Fields, properties, parameters and already-declared locals whose type is (or derives from) <paramref name="type"/>; no instance members in a static context.</summary>
        public static IEnumerable<ISymbol> InstancesInScope(SemanticModel model, INamedTypeSymbol type, int position, CancellationToken cancellationToken)
        {
            var isStatic = IsStaticContext(model, position, cancellationToken);
            foreach (var symbol in model.LookupSymbols(position))
            {
                var symbolType = symbol switch
                {
                    ILocalSymbol local when local.DeclaringSyntaxReferences.All(reference => reference.Span.End <= position) => local.Type,
                    IParameterSymbol parameter => parameter.Type,
                    IFieldSymbol field when field.IsStatic || !isStatic => field.Type,
                    IPropertySymbol { IsIndexer: false } property when property.IsStatic || !isStatic => property.Type,
                    _ => null,
                };
                if (symbolType is not null && model.Compilation.ClassifyConversion(symbolType, type) is { IsImplicit: true, IsUserDefined: false })
                {
                    yield return symbol;
                }
            }
        }

        /// <summary>True inside a static member (or a lambda or local function in one), where instance fields are out of reach.</summary>
        private static bool IsStaticContext(SemanticModel model, int position, CancellationToken cancellationToken)
        {
            var symbol = model.GetEnclosingSymbol(position, cancellationToken);
            while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } inner)
            {
                symbol = inner.ContainingSymbol;
            }

            return symbol is null || symbol.IsStatic;
        }
    }
}
