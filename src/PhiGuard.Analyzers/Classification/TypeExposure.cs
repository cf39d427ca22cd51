using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PhiGuard.Analyzers.Sinks;

namespace PhiGuard.Analyzers.Classification
{
    /// <summary>
    /// What writing a whole object reveals. A serializer writes the members its contract picks (see
    /// <see cref="SerializedMembers"/>), except those it ignores or hands to a sanitizing converter; Serilog's
    /// <c>{@Destructuring}</c> writes every public member; a record's generated <c>ToString()</c> prints its public
    /// members. Cached per type and mode.
    /// </summary>
    internal sealed class TypeExposure
    {
        private const int MaxDepth = 3;

        private static readonly string[] ConverterAttributes =
        {
            "System.Text.Json.Serialization.JsonConverterAttribute",
            "Newtonsoft.Json.JsonConverterAttribute",
        };

        private readonly ProtectionClassifier _classifier;
        private readonly SanitizerResolver _sanitizers;
        private readonly ConcurrentDictionary<(ITypeSymbol Type, ValueMode Mode), ExposedMember?> _structural = new ConcurrentDictionary<(ITypeSymbol, ValueMode), ExposedMember?>(new TypeModeComparer());
        private readonly ConcurrentDictionary<ITypeSymbol, ExposedMember?> _printed = new ConcurrentDictionary<ITypeSymbol, ExposedMember?>(SymbolEqualityComparer.Default);

        public TypeExposure(ProtectionClassifier classifier, SanitizerResolver sanitizers)
        {
            _classifier = classifier;
            _sanitizers = sanitizers;
        }

        /// <summary>The first protected member a sink of <paramref name="mode"/> would write for a value of <paramref name="type"/>, or null.</summary>
        public ExposedMember? Structural(ITypeSymbol? type, ValueMode mode = ValueMode.Structure) =>
            type is null ? null : _structural.GetOrAdd((type, mode), key => Walk(key.Type, RootName(key.Type), 0, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default), key.Mode, null));

        /// <summary>Every protected member a sink of <paramref name="mode"/> would write for a value of <paramref name="type"/>, in the order <see cref="Structural"/> meets them; not cached (code fixes ask).</summary>
        public IReadOnlyList<ExposedMember> AllStructural(ITypeSymbol type, ValueMode mode)
        {
            var all = new List<ExposedMember>();
            Walk(type, RootName(type), 0, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default), mode, all);
            return all;
        }

        /// <summary>The first protected member a record's compiler-generated <c>ToString()</c> prints, or null.</summary>
        /// <remarks>
        /// The trigger asks this of every reference it meets, and <c>IsRecord</c> of a metadata type looks up members,
        /// so the answer is cached per type.
        /// </remarks>
        public ExposedMember? PrintedByRecordToString(ITypeSymbol? type)
        {
            if (type is null)
            {
                return null;
            }

            if (_printed.TryGetValue(type, out var known))
            {
                return known;
            }

            var printed = type is INamedTypeSymbol { IsRecord: true } record && HasGeneratedToString(record) ? Structural(record, ValueMode.Text) : null;
            _printed.TryAdd(type, printed);
            return printed;
        }

        /// <summary>
        /// True when a serializer's contract, not the value's protected type, decides what writing it reveals: an
        /// object (or a collection of objects) of a protected type, whose serializer may skip every protected member.
        /// </summary>
        public bool ContractDecides(ITypeSymbol? type, ValueMode mode) =>
            IsSerializer(mode) && type is not null && _classifier.ProtectedValueType(type) is not null && HasMembersToPick(type, 0);

        public static bool IsSerializer(ValueMode mode) => mode >= ValueMode.Serialized;

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

        /// <summary>A collection is named by what it holds (a dictionary by its values): serializing a <c>List&lt;Patient&gt;</c> exposes <c>Patient.Name</c>.</summary>
        private static string RootName(ITypeSymbol type)
        {
            var element = ElementTypes(type).LastOrDefault();
            return element is null ? type.Name : RootName(element);
        }

        /// <summary>The first exposed member; with <paramref name="all"/>, collects every one instead and returns null.</summary>
        private ExposedMember? Walk(ITypeSymbol type, string path, int depth, HashSet<ITypeSymbol> visiting, ValueMode mode, List<ExposedMember>? all, ISymbol? member = null)
        {
            var own = _classifier.ProtectedValueType(type);
            if (own is not null && (!IsSerializer(mode) || depth >= MaxDepth || !HasMembersToPick(type, 0)))
            {
                return Found(new ExposedMember(path, own, member), all);
            }

            if (depth >= MaxDepth || !visiting.Add(type))
            {
                return null;
            }

            try
            {
                if (IsConvertedBySanitizer(type, mode))
                {
                    return null;
                }

                foreach (var element in ElementTypes(type))
                {
                    var inner = Walk(element, path, depth + 1, visiting, mode, all, member);
                    if (inner is not null)
                    {
                        return inner;
                    }
                }

                return IsWalkable(type) ? WalkMembers(type, path, depth, visiting, mode, all) : null;
            }
            finally
            {
                visiting.Remove(type);
            }
        }

        private ExposedMember? WalkMembers(ITypeSymbol type, string path, int depth, HashSet<ITypeSymbol> visiting, ValueMode mode, List<ExposedMember>? all)
        {
            foreach (var written in SerializedMembers.Of(type, mode))
            {
                if ((mode != ValueMode.Text && SerializedMembers.IsIgnored(written, mode)) || IsConvertedBySanitizer(written, mode))
                {
                    continue;
                }

                var member = SerializedMembers.Named(written);
                var memberPath = path + "." + member.Name;
                var selector = _classifier.ProtectedMember(member, type);
                if (selector is not null)
                {
                    if (Found(new ExposedMember(memberPath, selector, member), all) is { } found)
                    {
                        return found;
                    }

                    continue;
                }

                if (_classifier.IsUnprotectedMember(member, type))
                {
                    continue;
                }

                var inner = Walk(member is IPropertySymbol property ? property.Type : ((IFieldSymbol)written).Type, memberPath, depth + 1, visiting, mode, all, member);
                if (inner is not null)
                {
                    return inner;
                }
            }

            return null;
        }

        private static ExposedMember? Found(ExposedMember exposed, List<ExposedMember>? all)
        {
            if (all is null)
            {
                return exposed;
            }

            all.Add(exposed);
            return null;
        }

        /// <summary>A type (or member) serialized through a <c>[JsonConverter]</c> that the policy lists as a sanitizer reveals nothing.</summary>
        private bool IsConvertedBySanitizer(ISymbol symbol, ValueMode mode)
        {
            if (mode is not (ValueMode.SystemTextJson or ValueMode.NewtonsoftJson or ValueMode.Serialized))
            {
                return false;
            }

            foreach (var name in ConverterAttributes)
            {
                var attribute = SerializedMembers.FindAttribute(symbol, name);
                if (attribute is not null && attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is ITypeSymbol converter && _sanitizers.IsSanitizerType(converter))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasMembersToPick(ITypeSymbol type, int depth)
        {
            if (IsWalkable(type))
            {
                return true;
            }

            return depth < MaxDepth && ElementTypes(type).Any(element => HasMembersToPick(element, depth + 1));
        }

        private static bool IsWalkable(ITypeSymbol type) =>
            type.SpecialType == SpecialType.None
            && (type.TypeKind == TypeKind.Class || type.TypeKind == TypeKind.Struct || type.TypeKind == TypeKind.Interface)
            && !IsFrameworkType(type);

        /// <summary>A type of the .NET libraries (<c>System.*</c>, <c>Microsoft.*</c>): its members are not the application's data.</summary>
        public static bool IsFrameworkType(ITypeSymbol type)
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

        private sealed class TypeModeComparer : IEqualityComparer<(ITypeSymbol Type, ValueMode Mode)>
        {
            public bool Equals((ITypeSymbol Type, ValueMode Mode) x, (ITypeSymbol Type, ValueMode Mode) y) =>
                x.Mode == y.Mode && SymbolEqualityComparer.Default.Equals(x.Type, y.Type);

            public int GetHashCode((ITypeSymbol Type, ValueMode Mode) obj) =>
                (SymbolEqualityComparer.Default.GetHashCode(obj.Type) * 397) ^ (int)obj.Mode;
        }
    }
}
