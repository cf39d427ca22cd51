using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>
    /// Library methods that build their result from what a selector returns: <c>Select(p =&gt; p.Id)</c> yields
    /// ids, not patients. Read from the signature: the result's type parameters say which arguments flow into it.
    /// </summary>
    internal static class Projections
    {
        /// <summary>
        /// The ordinals of the arguments whose data the result carries, or null when the method is not a projection
        /// (no selector shapes the result) and the result may carry every input.
        /// </summary>
        public static IReadOnlyList<int>? ResultInputs(IMethodSymbol method)
        {
            var definition = method.OriginalDefinition;
            if (!definition.IsGenericMethod || !definition.Parameters.Any(IsDelegate))
            {
                return null;
            }

            var resultParameters = new HashSet<ITypeParameterSymbol>(SymbolEqualityComparer.Default);
            Collect(definition.ReturnType, resultParameters);
            var relevant = new List<int>();
            var selectorShapesResult = false;
            foreach (var parameter in definition.Parameters)
            {
                if (IsDelegate(parameter))
                {
                    var returned = ((INamedTypeSymbol)parameter.Type).DelegateInvokeMethod?.ReturnType;
                    if (returned is not null && (Mentions(returned, resultParameters) || (resultParameters.Count == 0 && IsSameValue(returned, definition.ReturnType))))
                    {
                        selectorShapesResult = true;
                        relevant.Add(parameter.Ordinal);
                    }
                }
                else if (Mentions(parameter.Type, resultParameters))
                {
                    relevant.Add(parameter.Ordinal);
                }
            }

            return selectorShapesResult ? relevant : null;
        }

        private static bool IsDelegate(IParameterSymbol parameter) => parameter.Type.TypeKind == TypeKind.Delegate;

        private static bool IsSameValue(ITypeSymbol returned, ITypeSymbol result) =>
            returned.SpecialType != SpecialType.System_Void && !Facts.IsBoolean(returned) && SymbolEqualityComparer.Default.Equals(returned, result);

        private static void Collect(ITypeSymbol type, HashSet<ITypeParameterSymbol> found)
        {
            switch (type)
            {
                case ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } parameter:
                    found.Add(parameter);
                    break;
                case IArrayTypeSymbol array:
                    Collect(array.ElementType, found);
                    break;
                case INamedTypeSymbol named:
                    foreach (var argument in named.TypeArguments)
                    {
                        Collect(argument, found);
                    }

                    break;
            }
        }

        private static bool Mentions(ITypeSymbol type, HashSet<ITypeParameterSymbol> parameters)
        {
            if (parameters.Count == 0)
            {
                return false;
            }

            var found = new HashSet<ITypeParameterSymbol>(SymbolEqualityComparer.Default);
            Collect(type, found);
            return found.Overlaps(parameters);
        }
    }
}
