namespace PhiGuard.Analyzers.Sinks
{
    /// <summary>How a sink consumes a value it is given.</summary>
    internal enum ValueMode
    {
        /// <summary>As text: the value itself, or what its <c>ToString()</c> prints.</summary>
        Text,

        /// <summary>Member by member, as Serilog's <c>{@Destructuring}</c> does: every visible member counts.</summary>
        Structure,

        /// <summary>By a serializer PhiGuard does not know (the policy's <c>sinks.serialize</c>): public members, less any member a known attribute ignores.</summary>
        Serialized,

        /// <summary>By System.Text.Json: public properties and fields, less <c>[JsonIgnore]</c> and members with a sanitizing converter.</summary>
        SystemTextJson,

        /// <summary>By Newtonsoft.Json: as System.Text.Json, and it honours <c>[DataContract]</c>/<c>[DataMember]</c>, <c>[IgnoreDataMember]</c> and <c>[NonSerialized]</c>.</summary>
        NewtonsoftJson,

        /// <summary>By <c>XmlSerializer</c>: public properties and fields, less <c>[XmlIgnore]</c>.</summary>
        Xml,

        /// <summary>By the DataContract serializers: <c>[DataMember]</c>s of a <c>[DataContract]</c>, else public members less <c>[IgnoreDataMember]</c>.</summary>
        DataContract,

        /// <summary>By <c>BinaryFormatter</c>: every instance field, private ones and auto-property backing fields too, less <c>[NonSerialized]</c>.</summary>
        Binary,

        /// <summary>By protobuf-net: the <c>[ProtoMember]</c>s of a <c>[ProtoContract]</c>.</summary>
        Protobuf,

        /// <summary>By MessagePack: the <c>[Key]</c>s of a <c>[MessagePackObject]</c>, or its public members when keyed by name.</summary>
        MessagePack,
    }
}
