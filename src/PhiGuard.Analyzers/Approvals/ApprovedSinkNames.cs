using Microsoft.CodeAnalysis;
using PhiGuard.Analyzers.Classification;

namespace PhiGuard.Analyzers.Approvals
{
    /// <summary>
    /// Names a called method as an approved sink names it, <c>Namespace.Type.Method</c>: an extension method by its
    /// static class, a property accessor by its property (<c>System.UriBuilder.Query</c>), a generic method by its definition.
    /// </summary>
    internal static class ApprovedSinkNames
    {
        public static string Of(IMethodSymbol method)
        {
            method = (method.ReducedFrom ?? method).OriginalDefinition;
            ISymbol member = method.AssociatedSymbol is IPropertySymbol property ? property : method;
            return method.ContainingType is null ? member.Name : SymbolNames.OfMember(method.ContainingType, member);
        }
    }
}
