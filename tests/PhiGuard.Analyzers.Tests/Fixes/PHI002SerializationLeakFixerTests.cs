using System.Threading.Tasks;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;
using VerifyCS = PhiGuard.Analyzers.Tests.Verifiers.CodeFixVerifier<PhiGuard.Analyzers.Rules.PHI002SerializationLeakAnalyzer, PhiGuard.CodeFixes.Rules.PHI002SerializationLeakFixer>;

namespace PhiGuard.Analyzers.Tests.Fixes
{
    public class PHI002SerializationLeakFixerTests
    {
        private const string SystemTextJson = "PhiGuard.Ignore.System.Text.Json.Serialization.JsonIgnoreAttribute";
        private const string Newtonsoft = "PhiGuard.Ignore.Newtonsoft.Json.JsonIgnoreAttribute";
        private const string Xml = "PhiGuard.Ignore.System.Xml.Serialization.XmlIgnoreAttribute";
        private const string DataContract = "PhiGuard.Ignore.System.Runtime.Serialization.IgnoreDataMemberAttribute";

        /// <summary>The clinic's patient, plus a referral (not protected) whose contact's phone is.</summary>
        private const string Policy = """
            {
              "version": 1,
              "protected": [ { "type": "Clinic.Patient" }, { "member": "Clinic.Contact.Phone" } ],
              "unprotected": [ { "member": "Clinic.Patient.Id" } ]
            }
            """;

        private const string Model = """
            namespace Clinic
            {
                public class Patient
                {
                    public int Id { get; set; }
                    public string Name { get; set; } = "";
                    public string Ssn { get; set; } = "";
                }

                public class Referral
                {
                    public int Id { get; set; }
                    public Contact Contact { get; set; } = new Contact();
                }

                public class Contact
                {
                    public string Kind { get; set; } = "";
                    public string Phone { get; set; } = "";
                }

                public record Card(int Id, string Phone);
            }
            """;

        private static string Service(string body) => """
            using System.IO;
            using Clinic;

            public class Service
            {
            """ + body + """

            }
            """;

        [Fact]
        public Task System_Text_Json_ignores_every_protected_member_it_would_write_in_the_model_file() => VerifyCS.VerifyWithModelAsync(
            Service("""
                public string Run(Patient patient) => System.Text.Json.JsonSerializer.Serialize({|PHI002:patient|});
            """),
            Service("""
                public string Run(Patient patient) => System.Text.Json.JsonSerializer.Serialize(patient);
            """),
            Model,
            """
            using System.Text.Json.Serialization;

            namespace Clinic
            {
                public class Patient
                {
                    public int Id { get; set; }
                    [JsonIgnore]
                    public string Name { get; set; } = "";
                    [JsonIgnore]
                    public string Ssn { get; set; } = "";
                }

                public class Referral
                {
                    public int Id { get; set; }
                    public Contact Contact { get; set; } = new Contact();
                }

                public class Contact
                {
                    public string Kind { get; set; } = "";
                    public string Phone { get; set; } = "";
                }

                public record Card(int Id, string Phone);
            }
            """,
            Policy,
            TestReferences.Serialization,
            SystemTextJson);

        [Fact]
        public Task Newtonsoft_gets_its_own_attribute_on_a_nested_member() => VerifyCS.VerifyWithModelAsync(
            Service("""
                public string Run(Referral referral) => Newtonsoft.Json.JsonConvert.SerializeObject({|PHI002:referral|});
            """),
            Service("""
                public string Run(Referral referral) => Newtonsoft.Json.JsonConvert.SerializeObject(referral);
            """),
            Model,
            """
            using Newtonsoft.Json;

            namespace Clinic
            {
                public class Patient
                {
                    public int Id { get; set; }
                    public string Name { get; set; } = "";
                    public string Ssn { get; set; } = "";
                }

                public class Referral
                {
                    public int Id { get; set; }
                    public Contact Contact { get; set; } = new Contact();
                }

                public class Contact
                {
                    public string Kind { get; set; } = "";
                    [JsonIgnore]
                    public string Phone { get; set; } = "";
                }

                public record Card(int Id, string Phone);
            }
            """,
            Policy,
            TestReferences.Serialization,
            Newtonsoft);

        [Fact]
        public Task Record_positional_member_gets_a_property_targeted_attribute() => VerifyCS.VerifyAsync(
            """
            namespace Clinic
            {
                public record Card(int Id, string Phone);

                public class Contact
                {
                    public string Phone { get; set; } = "";
                }

                public class Service
                {
                    public void Run(Card card, System.IO.Stream stream) => new System.Xml.Serialization.XmlSerializer(typeof(Card)).Serialize(stream, {|PHI002:card|});
                }
            }
            """,
            """
            using System.Xml.Serialization;

            namespace Clinic
            {
                public record Card(int Id, [property: XmlIgnore] string Phone);

                public class Contact
                {
                    public string Phone { get; set; } = "";
                }

                public class Service
                {
                    public void Run(Card card, System.IO.Stream stream) => new System.Xml.Serialization.XmlSerializer(typeof(Card)).Serialize(stream, card);
                }
            }
            """,
            """{ "version": 1, "protected": [ { "name": "phone" } ] }""",
            TestReferences.Serialization,
            Xml);

        [Fact]
        public Task Fix_all_ignores_a_member_once_however_many_calls_write_it() => VerifyCS.VerifyWithModelAsync(
            Service("""
                public void Run(Referral referral, Contact contact, Stream stream)
                {
                    System.Text.Json.JsonSerializer.Serialize({|PHI002:referral|});
                    System.Text.Json.JsonSerializer.Serialize(stream, {|PHI002:contact|});
                }
            """),
            Service("""
                public void Run(Referral referral, Contact contact, Stream stream)
                {
                    System.Text.Json.JsonSerializer.Serialize(referral);
                    System.Text.Json.JsonSerializer.Serialize(stream, contact);
                }
            """),
            Model,
            """
            using System.Text.Json.Serialization;

            namespace Clinic
            {
                public class Patient
                {
                    public int Id { get; set; }
                    public string Name { get; set; } = "";
                    public string Ssn { get; set; } = "";
                }

                public class Referral
                {
                    public int Id { get; set; }
                    public Contact Contact { get; set; } = new Contact();
                }

                public class Contact
                {
                    public string Kind { get; set; } = "";
                    [JsonIgnore]
                    public string Phone { get; set; } = "";
                }

                public record Card(int Id, string Phone);
            }
            """,
            Policy,
            TestReferences.Serialization,
            SystemTextJson);

        [Fact]
        public Task Protected_value_serialized_on_its_own_has_no_member_to_ignore() => VerifyCS.VerifyNotOfferedAsync(
            """
            public class Service
            {
                public string Run(string patientPhone) => System.Text.Json.JsonSerializer.Serialize({|PHI002:patientPhone|});
            }
            """,
            """{ "version": 1, "protected": [ { "name": "*phone" } ] }""",
            TestReferences.Serialization,
            SystemTextJson);

        [Fact]
        public Task Data_contract_members_are_not_given_IgnoreDataMember() => VerifyCS.VerifyNotOfferedAsync(
            """
            using System.Runtime.Serialization;

            [DataContract]
            public class Chart
            {
                [DataMember] public string Phone { get; set; } = "";
            }

            public class Service
            {
                public void Run(Chart chart, System.IO.Stream stream) => new DataContractSerializer(typeof(Chart)).WriteObject(stream, {|PHI002:chart|});
            }
            """,
            """{ "version": 1, "protected": [ { "name": "phone" } ] }""",
            TestReferences.Serialization,
            DataContract);
    }
}
