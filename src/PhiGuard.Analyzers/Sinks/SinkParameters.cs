using System.Linq;
using Microsoft.CodeAnalysis;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Sinks
{
    /// <summary>Which parameters of a sink carry data, as opposed to plumbing such as log levels, event ids and formatters.</summary>
    internal static class SinkParameters
    {
        public static bool CarriesData(SinkDefinition definition, IMethodSymbol method, IParameterSymbol parameter)
        {
            if (definition.Parameters is not null)
            {
                return definition.Parameters.Any(pattern => Glob.IsMatch(pattern, parameter.Name));
            }

            if (method.IsExtensionMethod && parameter.Ordinal == 0)
            {
                return false;
            }

            return !IsPlumbing(parameter.Type);
        }

        private static bool IsPlumbing(ITypeSymbol type)
        {
            if (type.TypeKind == TypeKind.Enum || type.TypeKind == TypeKind.Delegate || type.SpecialType == SpecialType.System_Boolean)
            {
                return true;
            }

            // Displaying a type is costly and this is asked for every argument of every sink call: the name rules out most.
            if (type.Name is not ("EventId" or "ILogger" or "CancellationToken" or "IFormatProvider" or "Type"))
            {
                return false;
            }

            switch (type.OriginalDefinition.ToDisplayString())
            {
                case "Microsoft.Extensions.Logging.EventId":
                case "Microsoft.Extensions.Logging.ILogger":
                case "System.Threading.CancellationToken":
                case "System.IFormatProvider":
                case "System.Type":
                    return true;
                default:
                    return false;
            }
        }
    }
}
