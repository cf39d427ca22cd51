using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;

namespace PhiGuard.Analyzers.Tests.Packs
{
    /// <summary>builtin:fhir-r4 against the real Firely SDK (Hl7.Fhir.R4): people, their details and clinical resources are protected; ids and metadata are not.</summary>
    public class FhirR4PackTests
    {
        private static Task Verify(string body, params DiagnosticResult[] expected) =>
            PackVerifier.VerifyAsync(Policies.Extending("fhir-r4"), TestReferences.Fhir, "using System.Linq;\nusing Hl7.Fhir.Model;", body, string.Empty, expected);

        [Fact]
        public Task Patient_and_its_members_are_protected() => Verify("""
            public void Run(Patient patient)
            {
                _logger.LogInformation("Patient {Patient}", {|PHI001:patient|});
                _logger.LogInformation("Born {BirthDate}", {|PHI001:patient.BirthDate|});
                _logger.LogInformation("Gender {Gender}", {|PHI001:patient.Gender|});
                _logger.LogInformation("Family {Family}", {|PHI001:patient.Name[0].Family|});
                _logger.LogInformation("City {City}", {|PHI001:patient.Address.First().City|});
            }
            """);

        [Fact]
        public Task Names_addresses_contact_points_and_identifiers_are_protected_wherever_they_come_from() => Verify("""
            public void Run(HumanName name, Address address, ContactPoint telecom, Identifier identifier, RelatedPerson relative)
            {
                _logger.LogInformation("Name {Text}", {|PHI001:name.Text|});
                _logger.LogInformation("Given {Given}", {|PHI001:string.Join(" ", name.Given)|});
                _logger.LogInformation("Line {Line}", {|PHI001:address.Line.First()|});
                _logger.LogInformation("Postcode {PostalCode}", {|PHI001:address.PostalCode|});
                _logger.LogInformation("Phone {Value}", {|PHI001:telecom.Value|});
                _logger.LogInformation("Identifier {Value}", {|PHI001:identifier.Value|});
                _logger.LogInformation("Relative {Relationship}", {|PHI001:relative.Relationship|});
            }
            """);

        [Fact]
        public Task Practitioner_personal_members_are_protected_and_professional_ones_are_not() => Verify("""
            public void Run(Practitioner practitioner)
            {
                _logger.LogInformation("Practitioner {Family}", {|PHI001:practitioner.Name[0].Family|});
                _logger.LogInformation("Born {BirthDate}", {|PHI001:practitioner.BirthDate|});
                _logger.LogInformation("Phone {Telecom}", {|PHI001:practitioner.Telecom|});
                _logger.LogInformation("Practitioner {Id} active {Active}", practitioner.Id, practitioner.Active);
                _logger.LogInformation("Qualifications {Count}", practitioner.Qualification.Count);
            }
            """);

        [Fact]
        public Task Clinical_resources_and_their_members_are_protected() => Verify("""
            public void Run(Observation observation, Condition condition, DiagnosticReport report, MedicationRequest prescription,
                Encounter encounter, AllergyIntolerance allergy, DocumentReference document, Procedure procedure, Immunization immunization)
            {
                _logger.LogInformation("Value {Value}", {|PHI001:observation.Value|});
                _logger.LogInformation("Interpretation {Text}", {|PHI001:observation.Interpretation[0].Text|});
                _logger.LogInformation("Condition {Code}", {|PHI001:condition.Code|});
                _logger.LogInformation("Conclusion {Conclusion}", {|PHI001:report.Conclusion|});
                _logger.LogInformation("Medication {Medication}", {|PHI001:prescription.Medication|});
                _logger.LogInformation("Reason {Reason}", {|PHI001:encounter.ReasonCode|});
                _logger.LogInformation("Allergy {Allergy}", {|PHI001:allergy.Code|});
                _logger.LogInformation("Document {Description}", {|PHI001:document.Description|});
                _logger.LogInformation("Procedure {Procedure}", {|PHI001:procedure|});
                _logger.LogInformation("Vaccine {Vaccine}", {|PHI001:immunization.VaccineCode|});
            }
            """);

        [Fact]
        public Task Notes_and_attachments_are_protected() => Verify("""
            public void Run(Annotation note, Attachment attachment)
            {
                _logger.LogInformation("Note {Text}", {|PHI001:note.Text|});
                _logger.LogInformation("Attachment {Title}", {|PHI001:attachment.Title|});
            }
            """);

        [Fact]
        public Task Reference_display_is_protected_and_the_reference_itself_is_not() => Verify("""
            public void Run(ResourceReference subject)
            {
                _logger.LogInformation("Subject {Display}", {|PHI001:subject.Display|});
                _logger.LogInformation("Subject {Reference}", subject.Reference);
            }
            """);

        [Fact]
        public Task Ids_metadata_and_type_names_are_not_protected() => Verify("""
            public void Run(Patient patient, Observation observation, Bundle bundle)
            {
                _logger.LogInformation("Patient {Id} version {Version}", patient.Id, patient.VersionId);
                _logger.LogInformation("Updated {LastUpdated}", observation.Meta.LastUpdated);
                _logger.LogInformation("Resource {Type}/{Id}", observation.TypeName, observation.IdElement);
                _logger.LogInformation("Bundle {Type} with {Total} matches", bundle.Type, bundle.Total);
            }
            """);

        [Fact]
        public Task Kind_of_name_contact_and_identifier_is_not_protected() => Verify("""
            public void Run(Identifier identifier, ContactPoint telecom, HumanName name)
            {
                _logger.LogInformation("Identifier system {System} use {Use}", identifier.System, identifier.Use);
                _logger.LogInformation("Contact by {System} ({Use})", telecom.System, telecom.Use);
                _logger.LogInformation("Name use {Use}", name.Use);
            }
            """);

        [Fact]
        public Task Conformance_and_outcome_resources_are_not_protected() => Verify("""
            public void Run(OperationOutcome outcome, CapabilityStatement capabilities)
            {
                _logger.LogWarning("Outcome {Outcome}", outcome);
                _logger.LogInformation("Server {Software}", capabilities.Software?.Name);
            }
            """);
    }
}
