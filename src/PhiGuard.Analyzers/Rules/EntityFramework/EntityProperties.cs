using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PhiGuard.Analyzers.Classification;

namespace PhiGuard.Analyzers.Rules.EntityFramework
{
    /// <summary>
    /// What EF Core makes of an entity's properties by convention: public properties with a getter and a setter
    /// become columns when they hold a scalar (or a collection of scalars, stored as JSON), and navigations when
    /// they hold another entity (or a collection of them). <c>[NotMapped]</c> properties are neither.
    /// </summary>
    internal static class EntityProperties
    {
        private const string NotMapped = "System.ComponentModel.DataAnnotations.Schema.NotMappedAttribute";

        public static IEnumerable<IPropertySymbol> Columns(INamedTypeSymbol entity) =>
            Mapped(entity).Where(property => IsScalar(property.Type) || (ElementOf(property.Type) is { } element && IsScalar(element)));

        public static IEnumerable<IPropertySymbol> Navigations(INamedTypeSymbol entity) =>
            Mapped(entity).Where(property => NavigationTarget(property.Type) is not null);

        /// <summary>The entity type a navigation leads to, or null when the property holds scalars.</summary>
        public static INamedTypeSymbol? NavigationTarget(ITypeSymbol type)
        {
            var target = ElementOf(type) ?? type;
            return target is INamedTypeSymbol { TypeKind: TypeKind.Class } named && !IsScalar(named) && !TypeExposure.IsFrameworkType(named) ? named.OriginalDefinition : null;
        }

        private static IEnumerable<IPropertySymbol> Mapped(INamedTypeSymbol entity)
        {
            var seen = new HashSet<string>();
            for (var current = entity; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
                {
                    if (!property.IsStatic && !property.IsIndexer && property.DeclaredAccessibility == Accessibility.Public
                        && property.GetMethod is not null && property.SetMethod is not null
                        && SerializedMembers.FindAttribute(property, NotMapped) is null && seen.Add(property.Name))
                    {
                        yield return property;
                    }
                }
            }
        }

        private static bool IsScalar(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            if (type.SpecialType != SpecialType.None || type.TypeKind == TypeKind.Enum)
            {
                return true;
            }

            if (type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte })
            {
                return true;
            }

            return type.IsValueType && SymbolNames.OfNamespace(type.ContainingNamespace) == "System";
        }

        private static ITypeSymbol? ElementOf(ITypeSymbol type)
        {
            if (type.SpecialType == SpecialType.System_String || type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte })
            {
                return null;
            }

            if (type is IArrayTypeSymbol array)
            {
                return array.ElementType;
            }

            var enumerable = type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T
                ? (INamedTypeSymbol)type
                : type.AllInterfaces.FirstOrDefault(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T);
            return enumerable?.TypeArguments[0];
        }
    }
}
