using Microsoft.CodeAnalysis;

namespace PhiGuard.Analyzers.Classification
{
    /// <summary>Generic types whose type arguments are the data they hold: collections and wrappers such as <c>Task&lt;T&gt;</c>.</summary>
    internal static class ContainerTypes
    {
        public static bool Carries(INamedTypeSymbol type)
        {
            var definition = type.OriginalDefinition;
            if (definition.SpecialType == SpecialType.System_Nullable_T || definition.IsTupleType)
            {
                return true;
            }

            switch (SymbolNames.OfType(definition))
            {
                case "System.Threading.Tasks.Task`1":
                case "System.Threading.Tasks.ValueTask`1":
                case "System.Lazy`1":
                case "System.Tuple`2":
                case "System.Tuple`3":
                case "System.Tuple`4":
                case "System.Collections.Generic.KeyValuePair`2":
                case "System.Memory`1":
                case "System.ReadOnlyMemory`1":
                case "System.Span`1":
                case "System.ReadOnlySpan`1":
                case "System.Collections.Generic.IAsyncEnumerable`1":
                    return true;
            }

            foreach (var implemented in definition.AllInterfaces)
            {
                if (implemented.SpecialType == SpecialType.System_Collections_IEnumerable
                    || implemented.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
                {
                    return true;
                }
            }

            return definition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T;
        }
    }
}
