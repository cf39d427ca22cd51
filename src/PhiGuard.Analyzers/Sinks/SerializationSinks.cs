using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Sinks
{
    /// <summary>Where PHI002 looks: the serializers, each with the contract that decides which members it writes.</summary>
    internal static class SerializationSinks
    {
        private const SinkKind Serialize = SinkKind.Serialize;

        public static readonly SinkDefinition[] All =
        {
            SinkDefinition.Of(Serialize, "System.Text.Json.JsonSerializer", "Serialize", "SerializeAsync", "SerializeToUtf8Bytes", "SerializeToDocument", "SerializeToElement", "SerializeToNode").Only("value").As(ValueMode.SystemTextJson),
            SinkDefinition.Of(Serialize, "System.Net.Http.Json.JsonContent", "Create").Only("inputValue").As(ValueMode.SystemTextJson),
            SinkDefinition.Of(Serialize, "System.Net.Http.Json.HttpClientJsonExtensions", "PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync").Only("value").As(ValueMode.SystemTextJson),
            SinkDefinition.Of(Serialize, "Microsoft.AspNetCore.Http.HttpResponseJsonExtensions", "WriteAsJsonAsync").Only("value").As(ValueMode.SystemTextJson),

            SinkDefinition.Of(Serialize, "Newtonsoft.Json.JsonConvert", "SerializeObject").Only("value").As(ValueMode.NewtonsoftJson),
            SinkDefinition.Of(Serialize, "Newtonsoft.Json.JsonSerializer", "Serialize").Derived().Only("value").As(ValueMode.NewtonsoftJson),
            SinkDefinition.Of(Serialize, "Newtonsoft.Json.Linq.JToken", "FromObject").Derived().Only("o").As(ValueMode.NewtonsoftJson),

            SinkDefinition.Of(Serialize, "System.Xml.Serialization.XmlSerializer", "Serialize").Only("o").As(ValueMode.Xml),
            SinkDefinition.Of(Serialize, "System.Runtime.Serialization.XmlObjectSerializer", "WriteObject", "WriteObjectContent", "WriteStartObject").Derived().Only("graph").As(ValueMode.DataContract),
            SinkDefinition.Of(Serialize, "System.Runtime.Serialization.IFormatter", "Serialize").Derived().Only("graph").As(ValueMode.Binary),

            SinkDefinition.Of(Serialize, "MessagePack.MessagePackSerializer", "Serialize", "SerializeAsync", "SerializeToJson").Only("value", "obj").As(ValueMode.MessagePack),
            SinkDefinition.Of(Serialize, "MessagePack.MessagePackSerializer+Typeless", "Serialize", "SerializeAsync").Only("obj").As(ValueMode.MessagePack),

            SinkDefinition.Of(Serialize, "ProtoBuf.Serializer", "Serialize", "SerializeWithLengthPrefix").Only("instance").As(ValueMode.Protobuf),
            SinkDefinition.Of(Serialize, "ProtoBuf.Meta.TypeModel", "Serialize", "SerializeWithLengthPrefix").Derived().Only("value").As(ValueMode.Protobuf),
        };
    }
}
