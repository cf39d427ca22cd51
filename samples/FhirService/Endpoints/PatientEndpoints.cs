using FhirService.Data;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace FhirService.Endpoints;

/// <summary>Patient read and search by identifier.</summary>
public static class PatientEndpoints
{
    public static void MapPatients(this IEndpointRouteBuilder app)
    {
        app.MapGet("/Patient/{id}", (string id, ResourceStore store, ILogger<ResourceStore> logger) =>
        {
            var patient = store.FindPatient(id);
            if (patient is null)
            {
                // Correct: the id the client asked for.
                logger.LogInformation("Patient/{Id} not found", id);
                return Results.NotFound();
            }

            // Seeded leak (PHI001): the patient's family name goes to the application log.
            logger.LogInformation("Read patient {Family}", patient.Name[0].Family);

            // Correct: the resource id and version identify no one outside the server.
            logger.LogInformation("Read Patient/{Id} version {Version}", patient.Id, patient.Meta?.VersionId);
            return Results.Text(patient.ToJson(), "application/fhir+json");
        });

        app.MapGet("/Patient", (string identifier, ResourceStore store, ILogger<ResourceStore> logger) =>
        {
            var parts = identifier.Split('|', 2);
            var patient = store.GetByIdentifier(new Identifier(parts[0], parts[^1]));

            // Correct: which identifier system was searched, not the identifier.
            logger.LogInformation("Found Patient/{Id} by an identifier in {System}", patient.Id, parts[0]);
            return Results.Text(patient.ToJson(), "application/fhir+json");
        });
    }
}
