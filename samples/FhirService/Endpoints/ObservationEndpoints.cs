using FhirService.Data;
using FhirService.Diagnostics;
using Hl7.Fhir.Serialization;

namespace FhirService.Endpoints;

/// <summary>Observation read, traced.</summary>
public static class ObservationEndpoints
{
    public static void MapObservations(this IEndpointRouteBuilder app)
    {
        app.MapGet("/Observation/{id}", (string id, ResourceStore store, ILogger<ResourceStore> logger) =>
        {
            using var activity = Telemetry.Source.StartActivity("read Observation");
            var observation = store.FindObservation(id);
            if (observation is null)
            {
                return Results.NotFound();
            }

            // Correct: the resource type and id identify no one outside the server.
            activity?.SetTag("fhir.resource", observation.TypeName + "/" + observation.Id);

            // Seeded leak (PHI005): the result itself is attached to the trace.
            activity?.SetTag("fhir.value", observation.Value);

            // Seeded leak (PHI001): the result is written to the log.
            logger.LogDebug("Observation {Id} has value {Value}", observation.Id, observation.Value);

            // Correct: when the result was last updated.
            logger.LogInformation("Read Observation/{Id} updated {LastUpdated}", observation.Id, observation.Meta?.LastUpdated);
            return Results.Text(observation.ToJson(), "application/fhir+json");
        });
    }
}
