using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>How messages name a call: <c>ILogger.LogInformation</c>, <c>new ArgumentException</c>, <c>UriBuilder.Query</c>.</summary>
    internal static class SinkNames
    {
        /// <summary>A chain of calls ending at a sink: <c>PatientAudit.Record → ILogger.LogInformation</c>.</summary>
        public static string OfChain(IEnumerable<IMethodSymbol> calls) => string.Join(" → ", calls.Select(Of));

        /// <summary>
        /// How a message names the sink of a chain: the call the value enters first and the sink
        /// (<c>PatientAudit.Record → ILogger.LogInformation</c>), one name when they are the same; the calls in between
        /// belong to the finding's path.
        /// </summary>
        public static string FirstAndLast(IReadOnlyList<IMethodSymbol> calls)
        {
            var first = Of(calls[0]);
            var last = Of(calls[calls.Count - 1]);
            return first == last ? first : first + " → " + last;
        }

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
