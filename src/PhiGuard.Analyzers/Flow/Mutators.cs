using System.Linq;
using Microsoft.CodeAnalysis;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>Library methods that store their arguments in the object they are called on (or, as extensions, in their first argument).</summary>
    internal static class Mutators
    {
        public static bool StoresArguments(IMethodSymbol method) => StoresArguments(method.Name);

        public static bool StoresArguments(string methodName)
        {
            switch (methodName)
            {
                case "Add":
                case "AddRange":
                case "AddFirst":
                case "AddLast":
                case "AddOrUpdate":
                case "GetOrAdd":
                case "TryAdd":
                case "Insert":
                case "InsertRange":
                case "Push":
                case "Enqueue":
                case "TryPush":
                case "Append":
                case "AppendLine":
                case "AppendFormat":
                case "AppendJoin":
                case "AppendLiteral":
                case "AppendFormatted":
                case "Replace":
                case "Set":
                case "SetValue":
                case "CopyFrom":
                case "Fill":
                case "UnionWith":
                case "Write":
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// A mutator that returns the object it changed, so that calls chain: <c>builder.Append(a).AppendLine(b)</c>, and
        /// <c>builder.Clear().Append(a)</c>: a call that empties or trims the object and returns it is a link too.
        /// </summary>
        public static bool ReturnsReceiver(IMethodSymbol method)
        {
            var receiverType = method.IsExtensionMethod ? method.Parameters.FirstOrDefault()?.Type : method.IsStatic ? null : method.ContainingType;
            return receiverType is { IsReferenceType: true, SpecialType: SpecialType.None }
                && (StoresArguments(method) || method.Name is "Clear" or "Remove")
                && SymbolEqualityComparer.Default.Equals(method.ReturnType, receiverType);
        }

        /// <summary>An array, span or memory that a library call writes into (a destination), not one it reads (a source).</summary>
        public static bool IsWritableBuffer(IParameterSymbol parameter)
        {
            if (parameter.RefKind == RefKind.In || parameter.Name.StartsWith("source", System.StringComparison.OrdinalIgnoreCase) || parameter.Name.StartsWith("src", System.StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var type = parameter.Type;
            return type is IArrayTypeSymbol
                || (type.Name is "Span" or "Memory" && type.OriginalDefinition.ToDisplayString() is "System.Span<T>" or "System.Memory<T>");
        }
    }
}
