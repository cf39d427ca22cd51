using System.Threading.Tasks;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;
using VerifyCS = PhiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<PhiGuard.Analyzers.Rules.PHI001LogLeakAnalyzer>;

namespace PhiGuard.Analyzers.Tests.Classification
{
    /// <summary>
    /// Each selector kind of a policy, and the carve-outs, as the classifier applies them to symbols: generic and
    /// nested types, inherited and overridden members, attributes derived from a named attribute. Logging to the
    /// console (PHI001) shows what is protected; the clean twin beside each case shows what is not.
    /// </summary>
    public class SelectorKindTests
    {
        private const string Model = """
            namespace Clinic.Records
            {
                public class Chart { public string Summary { get; set; } = ""; }
            }

            namespace Clinic
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                public class SensitiveAttribute : System.Attribute { }

                public sealed class GeneticAttribute : SensitiveAttribute { }

                public abstract class Resource { public string Id { get; set; } = ""; public string Text { get; set; } = ""; }

                public class Observation : Resource { public string Value { get; set; } = ""; }

                public class OperationOutcome : Resource { }

                public class Envelope<T> { public T Body { get; set; } = default!; public string Label { get; set; } = ""; }

                public class Ward
                {
                    public class Bed { public string Occupant { get; set; } = ""; public int Number { get; set; } }
                }

                public class Sample
                {
                    [Genetic] public string Sequence { get; set; } = "";
                    public string Barcode { get; set; } = "";
                    public virtual string Label => "";
                }

                public class TaggedSample : Sample { public override string Label => Sequence; }

                public class Visit { public string Reason { get; set; } = ""; public string Room { get; set; } = ""; }
            }
            """;

        private static Task Verify(string policyEntries, string unprotectedEntries, string body) =>
            VerifyCS.VerifyAsync(
                Model + "\nnamespace Clinic\n{\n    public class Service\n    {\n" + body + "\n    }\n}\n",
                "{ \"version\": 1, \"protected\": [ " + policyEntries + " ], \"unprotected\": [ " + unprotectedEntries + " ] }",
                TestReferences.Logging);

        [Fact]
        public Task Type_selector_protects_the_type_and_its_members() => Verify(
            """{ "type": "Clinic.Visit" }""",
            "",
            """
                    public void Run(Clinic.Visit visit, Clinic.Sample sample)
                    {
                        System.Console.WriteLine({|PHI001:visit.Reason|});
                        System.Console.WriteLine({|PHI001:visit|});
                        System.Console.WriteLine(sample.Barcode);
                    }
            """);

        [Fact]
        public Task Member_selector_protects_that_member_only() => Verify(
            """{ "member": "Clinic.Visit.Reason" }""",
            "",
            """
                    public void Run(Clinic.Visit visit)
                    {
                        System.Console.WriteLine({|PHI001:visit.Reason|});
                        System.Console.WriteLine(visit.Room);
                    }
            """);

        [Fact]
        public Task Namespace_selector_protects_the_types_declared_in_it() => Verify(
            """{ "namespace": "Clinic.Records" }""",
            "",
            """
                    public void Run(Clinic.Records.Chart chart, Clinic.Visit visit)
                    {
                        System.Console.WriteLine({|PHI001:chart.Summary|});
                        System.Console.WriteLine(visit.Reason);
                    }
            """);

        [Fact]
        public Task DerivedFrom_selector_protects_derived_types_and_inherited_members() => Verify(
            """{ "derivedFrom": "Clinic.Resource" }""",
            "",
            """
                    public void Run(Clinic.Observation observation, Clinic.Visit visit)
                    {
                        System.Console.WriteLine({|PHI001:observation.Value|});
                        System.Console.WriteLine({|PHI001:observation.Text|});
                        System.Console.WriteLine(visit.Room);
                    }
            """);

        [Fact]
        public Task Attribute_selector_matches_attributes_derived_from_the_named_one() => Verify(
            """{ "attribute": "Clinic.SensitiveAttribute" }""",
            "",
            """
                    public void Run(Clinic.Sample sample)
                    {
                        System.Console.WriteLine({|PHI001:sample.Sequence|});
                        System.Console.WriteLine(sample.Barcode);
                    }
            """);

        [Fact]
        public Task Name_selector_protects_members_parameters_and_locals_by_glob() => Verify(
            """{ "name": "*reason*" }""",
            "",
            """
                    public void Run(Clinic.Visit visit, string admissionReason)
                    {
                        var reasonText = visit.Room;
                        System.Console.WriteLine({|PHI001:visit.Reason|});
                        System.Console.WriteLine({|PHI001:admissionReason|});
                        System.Console.WriteLine({|PHI001:reasonText|});
                        System.Console.WriteLine(visit.Room);
                    }
            """);

        [Fact]
        public Task Source_selector_protects_what_a_method_returns() => Verify(
            """{ "source": "Clinic.Service.ReadNotes" }""",
            "",
            """
                    public static string ReadNotes(int id) => "";
                    public static string ReadRoom(int id) => "";

                    public void Run()
                    {
                        System.Console.WriteLine({|PHI001:ReadNotes(1)|});
                        System.Console.WriteLine(ReadRoom(1));
                    }
            """);

        [Fact]
        public Task Generic_and_nested_types_are_matched_by_their_metadata_names() => Verify(
            """{ "type": "Clinic.Envelope`1" }, { "type": "Clinic.Ward+Bed" }""",
            """{ "member": "Clinic.Ward+Bed.Number" }""",
            """
                    public void Run(Clinic.Envelope<int> envelope, Clinic.Ward.Bed bed, Clinic.Ward ward)
                    {
                        System.Console.WriteLine({|PHI001:envelope.Label|});
                        System.Console.WriteLine({|PHI001:bed.Occupant|});
                        System.Console.WriteLine(bed.Number);
                        System.Console.WriteLine(ward);
                    }
            """);

        [Fact]
        public Task Overriding_member_is_protected_by_the_entry_naming_the_member_it_overrides() => Verify(
            """{ "member": "Clinic.Sample.Label" }""",
            "",
            """
                    public void Run(Clinic.TaggedSample sample)
                    {
                        System.Console.WriteLine({|PHI001:sample.Label|});
                        System.Console.WriteLine(sample.Barcode);
                    }
            """);

        [Fact]
        public Task Carved_out_type_unprotects_what_it_inherits_from_a_protected_base() => Verify(
            """{ "derivedFrom": "Clinic.Resource" }""",
            """{ "type": "Clinic.OperationOutcome" }, { "member": "Clinic.Resource.Id" }""",
            """
                    public void Run(Clinic.OperationOutcome outcome, Clinic.Observation observation)
                    {
                        System.Console.WriteLine(outcome.Text);
                        System.Console.WriteLine(outcome);
                        System.Console.WriteLine(observation.Id);
                        System.Console.WriteLine({|PHI001:observation.Text|});
                    }
            """);
    }
}
