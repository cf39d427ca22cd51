using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Classification
{
    /// <summary>
    /// Turns the policy into answers about symbols: is a value of this type protected, is this member,
    /// parameter or local protected, and which policy entry says so. <c>unprotected</c> wins over
    /// <c>protected</c>. Built once per compilation; every answer is cached.
    /// </summary>
    internal sealed class ProtectionClassifier
    {
        private readonly SelectorIndex _protected;
        private readonly SelectorIndex _unprotected;
        private readonly ConcurrentDictionary<ITypeSymbol, Selector?> _ownTypes = new ConcurrentDictionary<ITypeSymbol, Selector?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, Selector?> _unprotectedTypes = new ConcurrentDictionary<ITypeSymbol, Selector?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, Selector?> _values = new ConcurrentDictionary<ITypeSymbol, Selector?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<(ISymbol Member, ITypeSymbol? Receiver), Selector?> _members = new ConcurrentDictionary<(ISymbol, ITypeSymbol?), Selector?>(new MemberKeyComparer());
        private readonly ConcurrentDictionary<(ISymbol Member, ITypeSymbol? Receiver), bool> _unprotectedMembers = new ConcurrentDictionary<(ISymbol, ITypeSymbol?), bool>(new MemberKeyComparer());

        public ProtectionClassifier(EffectivePolicy policy)
        {
            _protected = new SelectorIndex(policy.Protected);
            _unprotected = new SelectorIndex(policy.Unprotected);
        }

        /// <summary>The entry that protects every value of <paramref name="type"/>, looking through arrays, collections and wrappers such as <c>Task&lt;T&gt;</c>.</summary>
        public Selector? ProtectedValueType(ITypeSymbol? type) =>
            type is null ? null : _values.GetOrAdd(type, ValueType);

        /// <summary>The entry that protects the type itself (not its containers): type, namespace, derivedFrom or attribute.</summary>
        public Selector? ProtectedType(ITypeSymbol type) =>
            _ownTypes.GetOrAdd(type, t => UnprotectedType(t) is null ? MatchType(_protected, t) : null);

        /// <summary>
        /// The entry that protects the value read from <paramref name="member"/> (a field, property or method)
        /// through a receiver of static type <paramref name="receiverType"/>.
        /// </summary>
        public Selector? ProtectedMember(ISymbol member, ITypeSymbol? receiverType) =>
            _members.GetOrAdd((member, receiverType), key => ClassifyMember(key.Member, key.Receiver));

        /// <summary>True when an <c>unprotected</c> entry names this member, so even a protected receiver does not make it protected.</summary>
        public bool IsUnprotectedMember(ISymbol member, ITypeSymbol? receiverType) =>
            _unprotectedMembers.GetOrAdd((member, receiverType), key => MatchMember(_unprotected, key.Member, key.Receiver) is not null || _unprotected.Name(key.Member.Name) is not null);

        public Selector? ProtectedParameter(IParameterSymbol parameter)
        {
            if (_unprotected.Name(parameter.Name) is not null || MatchAttributes(_unprotected, parameter) is not null)
            {
                return null;
            }

            return _protected.Name(parameter.Name)
                ?? MatchAttributes(_protected, parameter)
                ?? ProtectedValueType(parameter.Type);
        }

        /// <summary>The entry that protects a bare name, such as a route template's parameter with no handler to look at.</summary>
        public Selector? ProtectedName(string name) => _unprotected.Name(name) is null ? _protected.Name(name) : null;

        public Selector? ProtectedLocal(ILocalSymbol local)
        {
            if (_unprotected.Name(local.Name) is not null)
            {
                return null;
            }

            return _protected.Name(local.Name) ?? ProtectedValueType(local.Type);
        }

        /// <summary>
        /// The entry that protects a value of this type, or of the elements it carries however deeply containers nest
        /// (<c>List&lt;List&lt;Patient&gt;&gt;[]</c>): a type's nesting is as deep as its declaration, so no bound is needed.
        /// </summary>
        private Selector? ValueType(ITypeSymbol type)
        {
            switch (type)
            {
                case IArrayTypeSymbol array:
                    return ValueType(array.ElementType);
                case INamedTypeSymbol named:
                    var own = ProtectedType(named);
                    if (own is not null || !named.IsGenericType || !ContainerTypes.Carries(named))
                    {
                        return own;
                    }

                    foreach (var argument in named.TypeArguments)
                    {
                        var inner = ValueType(argument);
                        if (inner is not null)
                        {
                            return inner;
                        }
                    }

                    return null;
                default:
                    return null;
            }
        }

        private bool IsCarvedOut(ITypeSymbol? type) => type is not null && UnprotectedType(type) is not null;

        private Selector? UnprotectedType(ITypeSymbol type) => _unprotectedTypes.GetOrAdd(type, t => MatchType(_unprotected, t));

        private static Selector? MatchType(SelectorIndex index, ITypeSymbol type)
        {
            if (type is not INamedTypeSymbol named || type.SpecialType != SpecialType.None)
            {
                return null;
            }

            named = named.OriginalDefinition;
            var match = index.Type(SymbolNames.OfType(named)) ?? index.Namespace(SymbolNames.OfNamespace(named.ContainingNamespace));
            if (match is not null)
            {
                return match;
            }

            for (var current = (INamedTypeSymbol?)named; current is not null; current = current.BaseType)
            {
                match = index.DerivedFrom(SymbolNames.OfType(current)) ?? MatchAttributes(index, current);
                if (match is not null)
                {
                    return match;
                }
            }

            foreach (var implemented in named.AllInterfaces)
            {
                match = index.DerivedFrom(SymbolNames.OfType(implemented));
                if (match is not null)
                {
                    return match;
                }
            }

            return null;
        }

        private Selector? ClassifyMember(ISymbol member, ITypeSymbol? receiverType)
        {
            if (IsUnprotectedMember(member, receiverType))
            {
                return null;
            }

            var match = MatchMember(_protected, member, receiverType);
            if (match is not null)
            {
                return match;
            }

            if (member is IFieldSymbol or IPropertySymbol)
            {
                match = _protected.Name(member.Name);
                if (match is not null)
                {
                    return match;
                }

                // A receiver whose type is carved out unprotects what it inherits too: an OperationOutcome's Text is
                // not a patient's, though DomainResource, which declares it, is protected.
                if (!member.IsStatic && (receiverType is not null || member.ContainingType is not null) && !IsCarvedOut(receiverType))
                {
                    match = (receiverType is null ? null : ProtectedType(receiverType)) ?? ProtectedType(member.ContainingType!);
                    if (match is not null)
                    {
                        return match;
                    }
                }
            }

            return ProtectedValueType(MemberType(member));
        }

        private static Selector? MatchMember(SelectorIndex index, ISymbol member, ITypeSymbol? receiverType)
        {
            foreach (var owner in OwnersOf(member, receiverType))
            {
                var name = SymbolNames.OfType(owner);
                var match = index.Member(name, member.Name);
                if (match is null && member is IMethodSymbol)
                {
                    match = index.Source(name, member.Name);
                }

                if (match is not null)
                {
                    return match;
                }
            }

            for (var current = member; current is not null; current = Overridden(current))
            {
                var match = MatchAttributes(index, current) ?? MatchPrimaryConstructorParameter(index, current);
                if (match is not null)
                {
                    return match;
                }
            }

            return null;
        }

        /// <summary>The types a member can be named through: the receiver and its bases down to the declaring type, and the types of members it overrides.</summary>
        private static IEnumerable<ITypeSymbol> OwnersOf(ISymbol member, ITypeSymbol? receiverType)
        {
            var declaring = member.ContainingType;
            if (receiverType is INamedTypeSymbol receiver && declaring is not null)
            {
                for (var current = receiver; current is not null && !SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, declaring.OriginalDefinition); current = current.BaseType)
                {
                    yield return current;
                }
            }

            for (var current = member; current is not null; current = Overridden(current))
            {
                if (current.ContainingType is not null)
                {
                    yield return current.ContainingType;
                }
            }
        }

        private static ISymbol? Overridden(ISymbol member) => member switch
        {
            IPropertySymbol property => property.OverriddenProperty,
            IMethodSymbol method => method.OverriddenMethod,
            IEventSymbol e => e.OverriddenEvent,
            _ => null,
        };

        private static Selector? MatchAttributes(SelectorIndex index, ISymbol symbol)
        {
            if (!index.HasAttributeSelectors)
            {
                return null;
            }

            foreach (var attribute in symbol.GetAttributes())
            {
                for (var type = attribute.AttributeClass; type is not null; type = type.BaseType)
                {
                    var match = index.Attribute(SymbolNames.OfType(type));
                    if (match is not null)
                    {
                        return match;
                    }
                }
            }

            return null;
        }

        /// <summary>A record's positional property carries the attributes written on its primary constructor parameter.</summary>
        private static Selector? MatchPrimaryConstructorParameter(SelectorIndex index, ISymbol member)
        {
            if (!index.HasAttributeSelectors || member is not IPropertySymbol property || property.ContainingType is not { IsRecord: true } record)
            {
                return null;
            }

            foreach (var constructor in record.InstanceConstructors)
            {
                foreach (var parameter in constructor.Parameters)
                {
                    if (parameter.Name == property.Name && SymbolEqualityComparer.Default.Equals(parameter.Type, property.Type))
                    {
                        var match = MatchAttributes(index, parameter);
                        if (match is not null)
                        {
                            return match;
                        }
                    }
                }
            }

            return null;
        }

        private static ITypeSymbol? MemberType(ISymbol member) => member switch
        {
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            IMethodSymbol method => method.ReturnType,
            _ => null,
        };

        private sealed class MemberKeyComparer : IEqualityComparer<(ISymbol Member, ITypeSymbol? Receiver)>
        {
            public bool Equals((ISymbol Member, ITypeSymbol? Receiver) x, (ISymbol Member, ITypeSymbol? Receiver) y) =>
                SymbolEqualityComparer.Default.Equals(x.Member, y.Member) && SymbolEqualityComparer.Default.Equals(x.Receiver, y.Receiver);

            public int GetHashCode((ISymbol Member, ITypeSymbol? Receiver) obj) =>
                (SymbolEqualityComparer.Default.GetHashCode(obj.Member) * 397) ^ SymbolEqualityComparer.Default.GetHashCode(obj.Receiver);
        }
    }
}
