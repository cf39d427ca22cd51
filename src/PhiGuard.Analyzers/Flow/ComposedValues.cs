using Microsoft.CodeAnalysis;
using PhiGuard.Analyzers.Classification;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>
    /// Library types whose properties are parts of one value they build: what is written into a part
    /// (<c>builder.Query = ...</c>) is in the whole (<c>builder.Uri</c>, <c>builder.ToString()</c>).
    /// </summary>
    internal static class ComposedValues
    {
        private static readonly string[] Types =
        {
            "System.UriBuilder",
        };

        public static bool IsPartOfWhole(IPropertySymbol property) =>
            property.ContainingType is { } type && System.Array.IndexOf(Types, SymbolNames.OfType(type)) >= 0;
    }
}
