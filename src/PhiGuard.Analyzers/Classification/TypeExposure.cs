using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PhiGuard.Analyzers.Classification
{
    /// <summary>
    /// What writing a whole object reveals. A serializer (or Serilog's <c>{@Destructuring}</c>) writes every
    /// public member it can see, except those marked ignored; a record's generated <c>ToString()</c> prints
    /// its public members. Cached per type.
    /// </summary>
    internal sealed class TypeExposure
    {
        private const int MaxDepth = 3;

        private static readonly HashSet<string> IgnoreAttributes = new HashSet<string>
        {
            "System.Text.Json.Serialization.JsonIgnoreAttribute",
            "Newtonsoft.Json.JsonIgnoreAttribute",
            "System.Runtime.Serialization.IgnoreDataMemberAttribute",
            "System.Xml.Serialization.XmlIgnoreAttribute",
            "System.NonSerializedAttribute",
            "MessagePack.IgnoreMemberAttribute",
            "ProtoBuf.ProtoIgnoreAttribute",
        };

        private readonly ProtectionClassifier _classifier;
        private readonly ConcurrentDictionary<ITypeSymbol, ExposedMember?> _structural = new ConcurrentDictionary<ITypeSymbol, ExposedMember?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, ExposedMember?> _printed = new ConcurrentDictionary<ITypeSymbol, ExposedMember?>(SymbolEqualityComparer.Default);

        public TypeExposure(ProtectionClassifier classifier)
        {
            _classifier = classifier;
        }

        /// <summary>The first protected member a serializer would write for a value of <paramref name="type"/>, or null.</summary>
        public ExposedMember? Structural(ITypeSymbol? type) =>
            type is null ? null : _structural.GetOrAdd(type, t => Walk(t, t.Name, 0, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default), honourIgnore: true));

        /// <summary>The first protected member a record's compiler-generated <c>ToString()</c> prints, or null.</summary>
        public ExposedMember? PrintedByRecordToString(ITypeSymbol? type)
        {
            if (type is not INamedTypeSymbol { IsRecord: true } record || !HasGeneratedToString(record))
            {
                return null;
            }

            return _printed.GetOrAdd(record, t => Walk(t, t.Name, 0, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default), honourIgnore: false));
        }

        private static bool HasGeneratedToString(INamedTypeSymbol record)
        {
            for (var current = record; current is not null && current.IsRecord; current = current.BaseType)
            {
                var toString = current.GetMembers("ToString").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.Length == 0);
                if (toString is not null)
                {
                    return toString.IsImplicitlyDeclared;
                }
            }

            return true;
        }

        private ExposedMember? Walk(ITypeSymbol type, string path, int depth, HashSet<ITypeSymbol> visiting, bool honourIgnore)
        {
            var own = _classifier.ProtectedValueType(type);
            if (own is not null)
            {
                return new ExposedMember(path, own);
            }

            if (depth >= MaxDepth || !visiting.Add(type))
            {
                return null;
            }

            try
            {
                foreach (var element in ElementTypes(type))
                {
                    var inner = Walk(element, path, depth + 1, visiting, honourIgnore);
                    if (inner is not null)
                    {
                        return inner;
                    }
                }

                if (!IsWalkable(type))
                {
                    return null;
                }

                foreach (var member in VisibleMembers(type))
                {
                    if (honourIgnore && IsIgnored(member))
                    {
                        continue;
                    }

                    var memberPath = path + "." + member.Name;
                    var selector = _classifier.ProtectedMember(member, type);
                    if (selector is not null)
                    {
                        return new ExposedMember(memberPath, selector);
                    }

                    if (_classifier.IsUnprotectedMember(member, type))
                    {
                        continue;
                    }

                    var inner = Walk(member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type, memberPath, depth + 1, visiting, honourIgnore);
                    if (inner is not null)
                    {
                        return inner;
                    }
                }

                return null;
            }
            finally
            {
                visiting.Remove(type);
            }
        }

        private static bool IsWalkable(ITypeSymbol type) =>
            type.SpecialType == SpecialType.None
            && (type.TypeKind == TypeKind.Class || type.TypeKind == TypeKind.Struct || type.TypeKind == TypeKind.Interface)
            && !IsFrameworkType(type);

        private static bool IsFrameworkType(ITypeSymbol type)
        {
            var ns = SymbolNames.OfNamespace(type.ContainingNamespace);
            return ns == "System" || ns.StartsWith("System.", System.StringComparison.Ordinal) || ns.StartsWith("Microsoft.", System.StringComparison.Ordinal);
        }

        private static IEnumerable<ITypeSymbol> ElementTypes(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol array)
            {
                return new[] { array.ElementType };
            }

            return type is INamedTypeSymbol { IsGenericType: true } named && ContainerTypes.Carries(named)
                ? named.TypeArguments
                : Enumerable.Empty<ITypeSymbol>();
        }

        private static IEnumerable<ISymbol> VisibleMembers(ITypeSymbol type)
        {
            var seen = new HashSet<string>();
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public || !seen.Add(member.Name))
                    {
                        continue;
                    }

                    if ((member is IPropertySymbol { IsIndexer: false, GetMethod: not null } property && property.Name != "EqualityContract")
                        || (member is IFieldSymbol { IsConst: false, IsImplicitlyDeclared: false }))
                    {
                        yield return member;
                    }
                }
            }
        }

        private static bool IsIgnored(ISymbol member) =>
            member.GetAttributes().Any(attribute => attribute.AttributeClass is not null && IgnoreAttributes.Contains(SymbolNames.OfType(attribute.AttributeClass)));
    }
}
