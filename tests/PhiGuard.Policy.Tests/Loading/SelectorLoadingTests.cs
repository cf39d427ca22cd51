using System.Linq;
using PhiGuard.Policy.Tests.Support;
using Xunit;

namespace PhiGuard.Policy.Tests.Loading
{
    public class SelectorLoadingTests
    {
        public static TheoryData<string, string, string, SelectorKind> EverySelectorKindInEitherList()
        {
            var data = new TheoryData<string, string, string, SelectorKind>();
            foreach (var list in new[] { "protected", "unprotected" })
            {
                data.Add(list, "type", "Contoso.Domain.Patient", SelectorKind.Type);
                data.Add(list, "member", "Contoso.Domain.LabResult.Value", SelectorKind.Member);
                data.Add(list, "namespace", "Contoso.Clinical", SelectorKind.Namespace);
                data.Add(list, "derivedFrom", "Hl7.Fhir.Model.DomainResource", SelectorKind.DerivedFrom);
                data.Add(list, "attribute", "Contoso.PhiAttribute", SelectorKind.Attribute);
                data.Add(list, "name", "*ssn*", SelectorKind.Name);
                data.Add(list, "source", "Contoso.Data.PatientReader.ReadNotes", SelectorKind.Source);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(EverySelectorKindInEitherList))]
        public void Each_selector_kind_loads_into_protected_and_unprotected(string list, string key, string pattern, SelectorKind kind)
        {
            var policy = PolicyAssert.Loads("{ \"version\": 1, \"" + list + "\": [ { \"" + key + "\": \"" + pattern + "\" } ] }");

            var (loaded, other) = list == "protected" ? (policy.Protected, policy.Unprotected) : (policy.Unprotected, policy.Protected);
            var selector = Assert.Single(loaded);
            Assert.Empty(other);
            Assert.Equal(kind, selector.Kind);
            Assert.Equal(pattern, selector.Pattern);
            Assert.Empty(selector.Members);
            Assert.Equal(key, Selector.KeyOf(kind));
        }

        [Fact]
        public void Type_with_members_is_limited_to_those_members()
        {
            var policy = PolicyAssert.Loads("""
                { "version": 1, "protected": [ { "type": "Contoso.Domain.Visit", "members": ["Notes", "Diagnosis"] } ] }
                """);

            var selector = Assert.Single(policy.Protected);
            Assert.Equal(SelectorKind.Type, selector.Kind);
            Assert.Equal(new[] { "Notes", "Diagnosis" }, selector.Members);
        }

        [Fact]
        public void Category_and_reason_are_kept()
        {
            var policy = PolicyAssert.Loads("""
                { "version": 1, "protected": [ { "type": "Contoso.Domain.Patient", "category": "demographics", "reason": "HIPAA identifiers" } ] }
                """);

            var selector = Assert.Single(policy.Protected);
            Assert.Equal("demographics", selector.Category);
            Assert.Equal("HIPAA identifiers", selector.Reason);
        }

        [Theory]
        [InlineData("Contoso.Box`1")]
        [InlineData("Contoso.Outer.Inner")]
        [InlineData("Contoso.Outer+Inner")]
        [InlineData("Contoso.*.Patient")]
        [InlineData("Contoso.Patient?")]
        [InlineData("Contoso.Überweisung")]
        public void Qualified_names_may_use_generic_arity_nesting_and_wildcards(string name)
        {
            var policy = PolicyAssert.Loads("{ \"version\": 1, \"protected\": [ { \"type\": \"" + name + "\" } ] }");

            Assert.Equal(name, Assert.Single(policy.Protected).Pattern);
        }

        [Fact]
        public void Entries_keep_their_order_and_the_position_of_their_opening_brace()
        {
            var policy = PolicyAssert.Loads("""
                {
                  "version": 1,
                  "protected": [
                    { "name": "*ssn*" },
                      { "namespace": "Contoso.Clinical" }
                  ]
                }
                """);

            Assert.Equal(new[] { "*ssn*", "Contoso.Clinical" }, policy.Protected.Select(s => s.Pattern));
            Assert.Equal((4, 5), (policy.Protected[0].Position.Line, policy.Protected[0].Position.Column));
            Assert.Equal((5, 7), (policy.Protected[1].Position.Line, policy.Protected[1].Position.Column));
            Assert.Equal(PolicyAssert.RootPath, policy.Protected[0].Position.Path);
        }

        [Fact]
        public void Description_names_the_entry_its_file_and_line_and_its_reason()
        {
            var policy = PolicyAssert.Loads("""
                {
                  "version": 1,
                  "protected": [
                    { "type": "Contoso.Visit", "members": ["Notes"], "reason": "clinical notes" }
                  ]
                }
                """);

            Assert.Equal("type \"Contoso.Visit\" members [Notes] (phiguard.json:4): clinical notes", policy.Protected[0].Describe());
        }
    }
}
