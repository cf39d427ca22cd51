using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;
using VerifyCS = PhiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<PhiGuard.Analyzers.Rules.PHI002SerializationLeakAnalyzer>;

namespace PhiGuard.Analyzers.Tests.Rules
{
    public class PHI002SerializationLeakAnalyzerTests
    {
        /// <summary>The clinic policy, plus a chart (protected but for its id), a contact's phone, and a masking JSON converter as sanitizer.</summary>
        private static readonly string Policy = Policies.Clinic
            .Replace("""{ "source": "Clinic.PatientStore.ReadNotes" }""", """{ "source": "Clinic.PatientStore.ReadNotes" }, { "type": "Clinic.Api.Chart" }, { "member": "Clinic.Api.Contact.Phone" }""")
            .Replace("""[ { "member": "Clinic.Patient.Id" } ]""", """[ { "member": "Clinic.Patient.Id" }, { "member": "Clinic.Api.Chart.Id" } ]""")
            .Replace("""[ "Clinic.Phi.Mask" ]""", """[ "Clinic.Phi.Mask", "Clinic.Api.MaskingConverter" ], "sinks": { "serialize": [ "Clinic.Api.Exporter.Write" ] }""");

        private const string ApiModel = """

            namespace Clinic.Api
            {
                using System;
                using System.Text.Json;
                using System.Text.Json.Serialization;

                public class Contact
                {
                    public string Kind { get; set; } = "";
                    public string Phone { get; set; } = "";
                }

                public class Referral
                {
                    public int Id { get; set; }
                    public Contact Contact { get; set; } = new Contact();
                }

                public class MaskingConverter : JsonConverter<string>
                {
                    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => "";
                    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue("***");
                }

                public class UpperCaseConverter : JsonConverter<string>
                {
                    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => "";
                    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToUpperInvariant());
                }

                public static class Exporter
                {
                    public static void Write(object value) { }
                }
            }
            """;

        private static Task Verify(string body, params DiagnosticResult[] expected) => VerifyWith(string.Empty, body, expected);

        /// <summary>Runs <paramref name="body"/> inside a service class, with <paramref name="chart"/> declaring <c>Clinic.Api.Chart</c> for the case.</summary>
        private static Task VerifyWith(string chart, string body, params DiagnosticResult[] expected) =>
            VerifyCS.VerifyAsync(Wrap(chart, body), Policy, TestReferences.Serialization, expected);

        private static string Wrap(string chart, string body) => """
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Text.Json;
            using Clinic;
            using Clinic.Api; using Contact = Clinic.Api.Contact; using Referral = Clinic.Api.Referral;

            public class Service
            {

            """ + body + """

            }

            namespace Clinic.Api
            {
                using System.Runtime.Serialization;
                using System.Text.Json.Serialization;

            """ + (chart.Length == 0 ? "public class Chart { public int Id { get; set; } public string Summary { get; set; } = \"\"; }" : chart) + """

            }
            """ + ApiModel + Policies.Model;

        [Fact]
        public Task System_Text_Json_of_a_protected_object_names_the_first_protected_member() => Verify(
            """
            public string Run(Patient patient) => JsonSerializer.Serialize(patient);
            """,
            VerifyCS.Diagnostic("PHI002")
                .WithSpan(10, 64, 10, 71)
                .WithArguments("Patient.Name", "type \"Clinic.Patient\" (phiguard.json:5): HIPAA identifiers", "is serialized by JsonSerializer.Serialize"));

        [Fact]
        public Task Object_without_protected_members_is_clean() => Verify("""
            public string Run(Patient patient) => JsonSerializer.Serialize(new { patient.Id, Kind = "outpatient" });
            """);

        [Fact]
        public Task Nested_protected_member_is_named_by_its_path() => Verify(
            """
            public string Run(Referral referral) => JsonSerializer.Serialize(referral);
            """,
            VerifyCS.Diagnostic("PHI002").WithSpan(10, 66, 10, 74).WithArguments("Referral.Contact.Phone", "member \"Clinic.Api.Contact.Phone\" (phiguard.json:9)", "is serialized by JsonSerializer.Serialize"));

        [Fact]
        public Task Collections_of_protected_objects_are_reported() => Verify("""
            public void Run(List<Patient> patients, Referral[] referrals, Dictionary<string, Referral> byCode)
            {
                JsonSerializer.Serialize({|PHI002:patients|});
                JsonSerializer.Serialize({|PHI002:referrals|});
                JsonSerializer.Serialize({|PHI002:byCode|});
            }
            """);

        [Fact]
        public Task Collection_of_clean_objects_is_clean() => Verify("""
            public void Run(List<Contact> contacts, int[] ids) => JsonSerializer.Serialize(new { ids, Kinds = contacts.Count });
            """);

        [Fact]
        public Task Protected_value_serialized_on_its_own_is_reported() => Verify("""
            public void Run(Patient patient) => JsonSerializer.SerializeToUtf8Bytes({|PHI002:patient.Ssn|});
            """);

        [Fact]
        public Task Sanitized_value_is_clean() => Verify("""
            public void Run(Patient patient) => JsonSerializer.Serialize(Phi.Mask(patient.Ssn));
            """);

        [Fact]
        public Task Anonymous_object_built_from_protected_values_is_reported() => Verify("""
            public void Run(Patient patient) => JsonSerializer.Serialize({|PHI002:new { patient.Id, patient.Name }|});
            """);

        [Fact]
        public Task JsonIgnore_on_every_protected_member_makes_System_Text_Json_clean() => VerifyWith(
            "public class Chart { public int Id { get; set; } [JsonIgnore] public string Summary { get; set; } = \"\"; }",
            """
            public void Run(Chart chart) => JsonSerializer.Serialize(chart);
            """);

        [Fact]
        public Task JsonIgnore_that_only_skips_nulls_still_writes_the_member() => VerifyWith(
            "public class Chart { public int Id { get; set; } [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string Summary { get; set; } = \"\"; }",
            """
            public void Run(Chart chart) => JsonSerializer.Serialize({|PHI002:chart|});
            """);

        [Fact]
        public Task Newtonsoft_does_not_honour_the_System_Text_Json_ignore_attribute() => VerifyWith(
            "public class Chart { public int Id { get; set; } [JsonIgnore] public string Summary { get; set; } = \"\"; }",
            """
            public void Run(Chart chart) => Newtonsoft.Json.JsonConvert.SerializeObject({|PHI002:chart|});
            """);

        [Fact]
        public Task Newtonsoft_honours_its_own_ignore_attribute() => VerifyWith(
            "public class Chart { public int Id { get; set; } [Newtonsoft.Json.JsonIgnore] public string Summary { get; set; } = \"\"; }",
            """
            public void Run(Chart chart) => Newtonsoft.Json.JsonConvert.SerializeObject(chart);
            """);

        [Fact]
        public Task Newtonsoft_serializer_and_JObject_are_reported() => Verify("""
            public void Run(Patient patient, TextWriter writer)
            {
                new Newtonsoft.Json.JsonSerializer().Serialize(writer, {|PHI002:patient|});
                Newtonsoft.Json.Linq.JObject.FromObject({|PHI002:patient|});
            }
            """);

        [Fact]
        public Task Converter_the_policy_lists_as_sanitizer_hides_the_member() => VerifyWith(
            "public class Chart { public int Id { get; set; } [JsonConverter(typeof(MaskingConverter))] public string Summary { get; set; } = \"\"; }",
            """
            public void Run(Chart chart) => JsonSerializer.Serialize(chart);
            """);

        [Fact]
        public Task Converter_the_policy_does_not_list_hides_nothing() => VerifyWith(
            "public class Chart { public int Id { get; set; } [JsonConverter(typeof(UpperCaseConverter))] public string Summary { get; set; } = \"\"; }",
            """
            public void Run(Chart chart) => JsonSerializer.Serialize({|PHI002:chart|});
            """);

        [Fact]
        public Task XmlSerializer_honours_XmlIgnore_only() => VerifyWith(
            "public class Chart { public int Id { get; set; } [System.Xml.Serialization.XmlIgnore] public string Summary { get; set; } = \"\"; public string Ward { get; set; } = \"\"; }",
            """
            public void Run(Chart chart, Stream stream)
            {
                new System.Xml.Serialization.XmlSerializer(typeof(Chart)).Serialize(stream, {|PHI002:chart|});
            }
            """);

        [Fact]
        public Task XmlSerializer_of_a_chart_without_written_protected_members_is_clean() => VerifyWith(
            "public class Chart { public int Id { get; set; } [System.Xml.Serialization.XmlIgnore] public string Summary { get; set; } = \"\"; }",
            """
            public void Run(Chart chart, Stream stream) => new System.Xml.Serialization.XmlSerializer(typeof(Chart)).Serialize(stream, chart);
            """);

        [Fact]
        public Task DataContract_writes_only_its_data_members() => VerifyWith(
            "[DataContract] public class Chart { [DataMember] public int Id { get; set; } public string Summary { get; set; } = \"\"; }",
            """
            public void Run(Chart chart, Stream stream)
            {
                new System.Runtime.Serialization.DataContractSerializer(typeof(Chart)).WriteObject(stream, chart);
                new System.Runtime.Serialization.Json.DataContractJsonSerializer(typeof(Chart)).WriteObject(stream, chart);
            }
            """);

        [Fact]
        public Task DataContract_writes_a_private_data_member() => VerifyWith(
            "[DataContract] public class Chart { [DataMember] public int Id { get; set; } [DataMember] private string summary = \"\"; }",
            """
            public void Run(Chart chart, Stream stream) => new System.Runtime.Serialization.DataContractSerializer(typeof(Chart)).WriteObject(stream, {|PHI002:chart|});
            """);

        [Fact]
        public Task BinaryFormatter_writes_private_fields_but_not_NonSerialized_ones() => VerifyWith(
            "[Serializable] public class Chart { public int Id { get; set; } private string summary = \"\"; [NonSerialized] private string ward = \"\"; }",
            """
            #pragma warning disable SYSLIB0011
            public void Run(Chart chart, Stream stream) => new System.Runtime.Serialization.Formatters.Binary.BinaryFormatter().Serialize(stream, {|PHI002:chart|});
            """);

        [Fact]
        public Task BinaryFormatter_of_a_chart_whose_protected_fields_are_NonSerialized_is_clean() => VerifyWith(
            "[Serializable] public class Chart { public int Id { get; set; } [field: NonSerialized] public string Summary { get; set; } = \"\"; }",
            """
            #pragma warning disable SYSLIB0011
            public void Run(Chart chart, Stream stream) => new System.Runtime.Serialization.Formatters.Binary.BinaryFormatter().Serialize(stream, chart);
            """);

        [Fact]
        public Task MessagePack_writes_only_keyed_members() => VerifyWith(
            "[MessagePack.MessagePackObject] public class Chart { [MessagePack.Key(0)] public int Id { get; set; } public string Summary { get; set; } = \"\"; }",
            """
            public void Run(Chart chart) => MessagePack.MessagePackSerializer.Serialize(chart);
            """);

        [Fact]
        public Task MessagePack_keyed_protected_member_is_reported() => VerifyWith(
            "[MessagePack.MessagePackObject] public class Chart { [MessagePack.Key(0)] public int Id { get; set; } [MessagePack.Key(1)] public string Summary { get; set; } = \"\"; }",
            """
            public void Run(Chart chart) => MessagePack.MessagePackSerializer.Serialize({|PHI002:chart|});
            """);

        [Fact]
        public Task Protobuf_writes_only_proto_members() => VerifyWith(
            "[ProtoBuf.ProtoContract] public class Chart { [ProtoBuf.ProtoMember(1)] public int Id { get; set; } public string Summary { get; set; } = \"\"; }",
            """
            public void Run(Chart chart, Stream stream) => ProtoBuf.Serializer.Serialize(stream, chart);
            """);

        [Fact]
        public Task Protobuf_proto_member_that_is_protected_is_reported() => VerifyWith(
            "[ProtoBuf.ProtoContract] public class Chart { [ProtoBuf.ProtoMember(1)] public int Id { get; set; } [ProtoBuf.ProtoMember(2)] public string Summary { get; set; } = \"\"; }",
            """
            public void Run(Chart chart, Stream stream) => ProtoBuf.Serializer.Serialize(stream, {|PHI002:chart|});
            """);

        [Fact]
        public Task JsonContent_is_reported() => Verify("""
            public System.Net.Http.HttpContent Run(Patient patient) => System.Net.Http.Json.JsonContent.Create({|PHI002:patient|});
            """);

        [Fact]
        public Task Response_WriteAsJsonAsync_is_reported_and_an_id_only_answer_is_clean() => VerifyCS.VerifyAsync(
            Wrap(string.Empty, """
                public async System.Threading.Tasks.Task Run(Microsoft.AspNetCore.Http.HttpResponse response, Patient patient)
                {
                    await Microsoft.AspNetCore.Http.HttpResponseJsonExtensions.WriteAsJsonAsync(response, {|PHI002:patient|});
                    await Microsoft.AspNetCore.Http.HttpResponseJsonExtensions.WriteAsJsonAsync(response, new { patient.Id });
                }
                """),
            Policy,
            TestReferences.AspNetCore);

        [Fact]
        public Task Policy_serialize_sink_is_reported() => Verify("""
            public void Run(Referral referral, Contact contact)
            {
                Exporter.Write({|PHI002:referral|});
                Exporter.Write(contact.Kind);
            }
            """);

        [Fact]
        public Task Object_passed_to_a_helper_that_serializes_it_is_reported_at_the_call() => Verify("""
            private static string Save(object value) => JsonSerializer.Serialize(value);

            public void Run(Patient patient, Contact contact)
            {
                Save({|PHI002:patient|});
                Save(contact.Kind);
            }
            """);
    }
}
