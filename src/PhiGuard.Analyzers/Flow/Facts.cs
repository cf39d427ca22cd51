using Microsoft.CodeAnalysis;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>
    /// Facts about a value that reveal nothing about it: its length or count, whether it is empty or null,
    /// how it compares, which of a handful of states (an enum member) an object built from it is in. The policy still
    /// protects a member it names, whatever its type. <c>GetHashCode</c> is deliberately not among the facts: a hash of
    /// an identifier identifies.
    /// </summary>
    internal static class Facts
    {
        public static bool IsFactMember(ISymbol member)
        {
            if (member is IPropertySymbol or IFieldSymbol)
            {
                switch (member.Name)
                {
                    case "Length":
                    case "LongLength":
                    case "Count":
                    case "IsEmpty":
                    case "IsDefault":
                    case "IsDefaultOrEmpty":
                    case "HasValue":
                    case "Capacity":
                    case "Rank":
                        return true;
                }
            }

            var type = MemberType(member);
            return IsBoolean(type) || type?.TypeKind == TypeKind.Enum;
        }

        public static bool IsFactMethod(IMethodSymbol method)
        {
            if (IsBoolean(method.ReturnType))
            {
                return true;
            }

            switch (method.Name)
            {
                case "Count":
                case "LongCount":
                case "GetType":
                case "CompareTo":
                case "Compare":
                case "CompareOrdinal":
                case "GetLength":
                case "GetLongLength":
                case "IndexOf":
                case "LastIndexOf":
                case "IndexOfAny":
                case "LastIndexOfAny":
                    return true;
                default:
                    return false;
            }
        }

        public static bool IsBoolean(ITypeSymbol? type) =>
            type is not null
            && (type.SpecialType == SpecialType.System_Boolean
                || (type is INamedTypeSymbol { IsGenericType: true } named
                    && named.TypeArguments.Length == 1
                    && named.TypeArguments[0].SpecialType == SpecialType.System_Boolean
                    && (named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T || named.Name == "Task" || named.Name == "ValueTask")));

        private static ITypeSymbol? MemberType(ISymbol member) => member switch
        {
            IPropertySymbol property => property.Type,
            IFieldSymbol field => field.Type,
            _ => null,
        };
    }
}
