using Microsoft.CodeAnalysis;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>How messages name a call: <c>ILogger.LogInformation</c>, <c>new ArgumentException</c>, <c>UriBuilder.Query</c>.</summary>
    internal static class SinkNames
    {
        public static string Of(IMethodSymbol method)
        {
            if (method.MethodKind == MethodKind.Constructor)
            {
                return "new " + method.ContainingType.Name;
            }

            if (method.MethodKind == MethodKind.DelegateInvoke)
            {
                return "a LoggerMessage.Define delegate";
            }

            if (method.AssociatedSymbol is IPropertySymbol property)
            {
                return (property.ContainingType?.Name ?? string.Empty) + "." + (property.IsIndexer ? "this[]" : property.Name);
            }

            var owner = method.IsExtensionMethod && method.Parameters.Length > 0 ? method.Parameters[0].Type.Name : method.ContainingType?.Name;
            return (owner is null ? string.Empty : owner + ".") + method.Name;
        }
    }
}
