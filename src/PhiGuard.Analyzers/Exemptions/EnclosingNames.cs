using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PhiGuard.Analyzers.Classification;

namespace PhiGuard.Analyzers.Exemptions
{
    /// <summary>
    /// The names of everything a position in source lies inside, written as a policy writes them: the member
    /// (<c>Contoso.Api.FhirController.Get</c>), each type around it (<c>Contoso.Api.FhirController</c>) and each
    /// namespace (<c>Contoso.Api</c>, <c>Contoso</c>). Lambdas and local functions count as their member;
    /// accessors as their property or event.
    /// </summary>
    internal static class EnclosingNames
    {
        public static IReadOnlyList<string> At(SemanticModel model, int position)
        {
            var names = new List<string>();
            for (var symbol = model.GetEnclosingSymbol(position); symbol is not null; symbol = symbol.ContainingSymbol)
            {
                switch (symbol)
                {
                    case IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction }:
                        break;
                    case IMethodSymbol { AssociatedSymbol: { } associated } when associated.ContainingType is not null:
                        names.Add(SymbolNames.OfMember(associated.ContainingType, associated));
                        break;
                    case INamedTypeSymbol type:
                        names.Add(SymbolNames.OfType(type));
                        break;
                    case INamespaceSymbol { IsGlobalNamespace: false } ns:
                        names.Add(SymbolNames.OfNamespace(ns));
                        break;
                    case IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol when symbol.ContainingType is not null:
                        names.Add(SymbolNames.OfMember(symbol.ContainingType, symbol));
                        break;
                }
            }

            return names;
        }
    }
}
