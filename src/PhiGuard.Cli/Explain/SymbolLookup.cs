using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PhiGuard.Cli.Explain
{
    /// <summary>Finds a type or member by the name a policy would write (<c>Ns.Outer.Inner</c>, <c>Ns.Type.Member</c>).</summary>
    internal static class SymbolLookup
    {
        public static IReadOnlyList<ISymbol> Find(Compilation compilation, string name)
        {
            var type = Type(compilation, name);
            if (type is not null)
            {
                return new[] { type };
            }

            var dot = name.LastIndexOf('.');
            if (dot <= 0)
            {
                return System.Array.Empty<ISymbol>();
            }

            var container = Type(compilation, name[..dot]);
            return container is null ? System.Array.Empty<ISymbol>() : container.GetMembers(name[(dot + 1)..]).Where(m => !m.IsImplicitlyDeclared).ToList();
        }

        /// <summary>The type, reading the last segments as nested types in turn (<c>Ns.Outer.Inner</c> may be <c>Ns.Outer+Inner</c>).</summary>
        private static INamedTypeSymbol? Type(Compilation compilation, string name)
        {
            var parts = name.Replace('+', '.').Split('.');
            for (var nested = 0; nested < parts.Length; nested++)
            {
                var outer = string.Join('.', parts.Take(parts.Length - nested));
                var candidate = nested == 0 ? outer : outer + "+" + string.Join('+', parts.Skip(parts.Length - nested));
                var type = compilation.GetTypeByMetadataName(candidate);
                if (type is not null)
                {
                    return type;
                }
            }

            return null;
        }
    }
}
