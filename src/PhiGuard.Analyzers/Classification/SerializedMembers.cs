using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PhiGuard.Analyzers.Sinks;

namespace PhiGuard.Analyzers.Classification
{
    /// <summary>
    /// Which members of a type a sink writes, by the rules of the serializer behind it: public members for most,
    /// the opted-in members of a <c>[DataContract]</c>, <c>[ProtoContract]</c> or <c>[MessagePackObject]</c>, every
    /// field for <c>BinaryFormatter</c>; less the members its ignore attributes exclude.
    /// </summary>
    internal static class SerializedMembers
    {
        private const string DataContract = "System.Runtime.Serialization.DataContractAttribute";
        private const string DataMember = "System.Runtime.Serialization.DataMemberAttribute";
        private const string IgnoreDataMember = "System.Runtime.Serialization.IgnoreDataMemberAttribute";
        private const string NonSerialized = "System.NonSerializedAttribute";
        private const string SystemTextJsonIgnore = "System.Text.Json.Serialization.JsonIgnoreAttribute";
        private const string NewtonsoftJsonIgnore = "Newtonsoft.Json.JsonIgnoreAttribute";
        private const string XmlIgnore = "System.Xml.Serialization.XmlIgnoreAttribute";
        private const string ProtoContract = "ProtoBuf.ProtoContractAttribute";
        private const string ProtoMember = "ProtoBuf.ProtoMemberAttribute";
        private const string ProtoIgnore = "ProtoBuf.ProtoIgnoreAttribute";
        private const string MessagePackObject = "MessagePack.MessagePackObjectAttribute";
        private const string MessagePackKey = "MessagePack.KeyAttribute";
        private const string MessagePackIgnore = "MessagePack.IgnoreMemberAttribute";

        /// <summary>protobuf-net's <c>ImplicitFields.AllPublic</c> and <c>ImplicitFields.AllFields</c>.</summary>
        private const int ImplicitAllPublic = 1;
        private const int ImplicitAllFields = 2;

        private static readonly string[] AnyIgnore = { SystemTextJsonIgnore, NewtonsoftJsonIgnore, IgnoreDataMember, XmlIgnore, NonSerialized, MessagePackIgnore, ProtoIgnore };

        /// <summary>The members written for a value of <paramref name="type"/>; fields may be backing fields (see <see cref="Named"/>).</summary>
        public static IEnumerable<ISymbol> Of(ITypeSymbol type, ValueMode mode)
        {
            switch (mode)
            {
                case ValueMode.Binary:
                    return InstanceFields(type);
                case ValueMode.DataContract:
                    return HasAttribute(type, DataContract) ? Marked(type, DataMember)
                        : HasSerializableFlag(type) ? InstanceFields(type)
                        : Public(type);
                case ValueMode.NewtonsoftJson:
                    return HasAttribute(type, DataContract) ? Marked(type, DataMember) : Public(type);
                case ValueMode.Protobuf:
                    return ProtobufMembers(type);
                case ValueMode.MessagePack:
                    var contract = FindAttribute(type, MessagePackObject);
                    return contract is not null && !KeysByPropertyName(contract) ? Marked(type, MessagePackKey) : Public(type);
                default:
                    return Public(type);
            }
        }

        /// <summary>The symbol a member is known by: an auto-property rather than its backing field.</summary>
        public static ISymbol Named(ISymbol member) => member is IFieldSymbol { AssociatedSymbol: IPropertySymbol property } ? property : member;

        /// <summary>True when this serializer skips the member because of an ignore attribute on it (or on its backing field).</summary>
        public static bool IsIgnored(ISymbol member, ValueMode mode)
        {
            var symbols = member is IFieldSymbol { AssociatedSymbol: { } property } ? new[] { member, property } : new[] { member };
            return symbols.Any(symbol => symbol.GetAttributes().Any(attribute => Ignores(attribute, mode)));
        }

        public static AttributeData? FindAttribute(ISymbol symbol, string name) =>
            symbol.GetAttributes().FirstOrDefault(attribute => attribute.AttributeClass is not null && SymbolNames.OfType(attribute.AttributeClass) == name);

        private static bool Ignores(AttributeData attribute, ValueMode mode)
        {
            if (attribute.AttributeClass is null)
            {
                return false;
            }

            var name = SymbolNames.OfType(attribute.AttributeClass);
            switch (mode)
            {
                case ValueMode.SystemTextJson:
                    return name == SystemTextJsonIgnore && IgnoresAlways(attribute);
                case ValueMode.NewtonsoftJson:
                    return name == NewtonsoftJsonIgnore || name == IgnoreDataMember || name == NonSerialized;
                case ValueMode.Xml:
                    return name == XmlIgnore;
                case ValueMode.DataContract:
                    return name == IgnoreDataMember || name == NonSerialized;
                case ValueMode.Binary:
                    return name == NonSerialized;
                case ValueMode.Protobuf:
                    return name == ProtoIgnore;
                case ValueMode.MessagePack:
                    return name == MessagePackIgnore || name == IgnoreDataMember;
                default:
                    return AnyIgnore.Contains(name) && (name != SystemTextJsonIgnore || IgnoresAlways(attribute));
            }
        }

        /// <summary><c>[JsonIgnore(Condition = WhenWritingNull)]</c> and the like still write the value when it is set.</summary>
        private static bool IgnoresAlways(AttributeData attribute)
        {
            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Key == "Condition" && argument.Value.Value is int condition)
                {
                    return condition == 1;
                }
            }

            return true;
        }

        private static IEnumerable<ISymbol> ProtobufMembers(ITypeSymbol type)
        {
            var contract = FindAttribute(type, ProtoContract);
            if (contract is null)
            {
                return Public(type);
            }

            var implicitFields = contract.NamedArguments.Where(a => a.Key == "ImplicitFields").Select(a => a.Value.Value).OfType<int>().FirstOrDefault();
            return implicitFields switch
            {
                ImplicitAllPublic => Public(type),
                ImplicitAllFields => InstanceFields(type),
                _ => Marked(type, ProtoMember),
            };
        }

        private static bool KeysByPropertyName(AttributeData contract) =>
            contract.ConstructorArguments.Any(argument => argument.Value is true)
            || contract.NamedArguments.Any(argument => argument.Key == "KeyAsPropertyName" && argument.Value.Value is true);

        private static bool HasAttribute(ITypeSymbol type, string name)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (FindAttribute(current, name) is not null)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasSerializableFlag(ITypeSymbol type) => type is INamedTypeSymbol { IsSerializable: true };

        /// <summary>What a serializer of public members sees: readable, non-indexer properties and non-constant fields.</summary>
        private static IEnumerable<ISymbol> Public(ITypeSymbol type) =>
            Members(type).Where(member => member.DeclaredAccessibility == Accessibility.Public && member is not IFieldSymbol { IsImplicitlyDeclared: true });

        private static IEnumerable<ISymbol> Marked(ITypeSymbol type, string attribute) =>
            Members(type).Where(member => FindAttribute(member, attribute) is not null);

        private static IEnumerable<ISymbol> InstanceFields(ITypeSymbol type) =>
            Members(type).OfType<IFieldSymbol>();

        private static IEnumerable<ISymbol> Members(ITypeSymbol type)
        {
            var seen = new HashSet<string>();
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member.IsStatic || !seen.Add(member.Name))
                    {
                        continue;
                    }

                    if ((member is IPropertySymbol { IsIndexer: false, GetMethod: not null } property && property.Name != "EqualityContract")
                        || member is IFieldSymbol { IsConst: false })
                    {
                        yield return member;
                    }
                }
            }
        }
    }
}
