using Hl7.Fhir.Model;

namespace FhirService.Data;

/// <summary>An in-memory FHIR store with one demo patient and one result.</summary>
public class ResourceStore
{
    public const string NhiSystem = "https://standards.digital.health.nz/ns/nhi-id";

    private readonly Dictionary<string, Patient> _patients = new();
    private readonly Dictionary<string, Observation> _observations = new();

    public ResourceStore()
    {
        var patient = new Patient
        {
            Id = "p1",
            Meta = new Meta { VersionId = "1" },
            Identifier = { new Identifier(NhiSystem, "ZAA0067") },
            Name = { new HumanName { Family = "Ngata", Given = new[] { "Aroha" } } },
            BirthDate = "1984-03-02",
            Telecom = { new ContactPoint(ContactPoint.ContactPointSystem.Email, ContactPoint.ContactPointUse.Home, "aroha@example.org") },
        };
        _patients.Add(patient.Id, patient);

        var observation = new Observation
        {
            Id = "o1",
            Status = ObservationStatus.Final,
            Code = new CodeableConcept("http://loinc.org", "4548-4", "Hemoglobin A1c"),
            Subject = new ResourceReference("Patient/p1"),
            Value = new Quantity(48, "mmol/mol"),
        };
        _observations.Add(observation.Id, observation);
    }

    public Patient? FindPatient(string id) => _patients.GetValueOrDefault(id);

    public Observation? FindObservation(string id) => _observations.GetValueOrDefault(id);

    public Patient GetPatient(string id)
    {
        if (!_patients.TryGetValue(id, out var patient))
        {
            // Correct: the logical id the client asked for reveals nothing.
            throw new KeyNotFoundException($"Patient/{id} not found");
        }

        return patient;
    }

    public Patient GetByIdentifier(Identifier identifier)
    {
        var match = _patients.Values.FirstOrDefault(p => p.Identifier.Any(i => i.System == identifier.System && i.Value == identifier.Value));
        if (match is null)
        {
            // Seeded leak (PHI004): the identifier itself, an NHI number, is put into the exception message.
            throw new KeyNotFoundException($"No patient with identifier {identifier.Value}");
        }

        return match;
    }
}
