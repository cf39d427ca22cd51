using System.Text;
using Microsoft.CodeAnalysis;

namespace PhiGuard.Analyzers.Classification
{
    /// <summary>
    /// Names symbols the way a policy writes them: <c>Namespace.Outer.Inner</c>, generic arity as <c>Name`1</c>,
    /// members as <c>Namespace.Type.Member</c>.
    /// </summary>
    internal static class SymbolNames
    {
        public static string OfType(ITypeSymbol type)
        {
            if (type is not INamedTypeSymbol named)
            {
                return type.Name;
            }

            var builder = new StringBuilder();
            AppendType(builder, named.OriginalDefinition);
            return builder.ToString();
        }

        public static string OfNamespace(INamespaceSymbol? ns)
        {
            if (ns is null || ns.IsGlobalNamespace)
            {
                return string.Empty;
            }

            var parent = OfNamespace(ns.ContainingNamespace);
            return parent.Length == 0 ? ns.Name : parent + "." + ns.Name;
        }

        public static string OfMember(ITypeSymbol containingType, ISymbol member) => OfType(containingType) + "." + member.Name;

        /// <summary>A short name for messages: <c>Patient.Ssn</c>, <c>ssn</c> for parameters and locals.</summary>
        public static string Display(ISymbol symbol) => symbol switch
        {
            ITypeSymbol type => type.Name,
            IParameterSymbol or ILocalSymbol => symbol.Name,
            IMethodSymbol method when method.MethodKind == MethodKind.Constructor => method.ContainingType.Name,
            IMethodSymbol method => (method.ContainingType is null ? string.Empty : method.ContainingType.Name + ".") + method.Name + "()",
            _ => symbol.ContainingType is null ? symbol.Name : symbol.ContainingType.Name + "." + symbol.Name,
        };

        private static void AppendType(StringBuilder builder, INamedTypeSymbol type)
        {
            if (type.ContainingType is not null)
            {
                AppendType(builder, type.ContainingType);
                builder.Append('.');
            }
            else
            {
                var ns = OfNamespace(type.ContainingNamespace);
                if (ns.Length > 0)
                {
                    builder.Append(ns).Append('.');
                }
            }

            builder.Append(type.Name);
            if (type.Arity > 0)
            {
                builder.Append('`').Append(type.Arity);
            }
        }
    }
}
