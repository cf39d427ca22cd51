using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PhiGuard.Cli.Analysis
{
    /// <summary>The named types a compilation declares in source, nested types included.</summary>
    internal static class SourceTypes
    {
        public static IEnumerable<INamedTypeSymbol> Of(Compilation compilation) => In(compilation.Assembly.GlobalNamespace);

        private static IEnumerable<INamedTypeSymbol> In(INamespaceSymbol ns)
        {
            foreach (var member in ns.GetMembers())
            {
                var types = member is INamespaceSymbol child ? In(child) : WithNested((INamedTypeSymbol)member);
                foreach (var type in types)
                {
                    yield return type;
                }
            }
        }

        private static IEnumerable<INamedTypeSymbol> WithNested(INamedTypeSymbol type)
        {
            if (type.IsImplicitlyDeclared || !type.Locations.Any(l => l.IsInSource))
            {
                yield break;
            }

            yield return type;
            foreach (var nested in type.GetTypeMembers().SelectMany(WithNested))
            {
                yield return nested;
            }
        }
    }
}
