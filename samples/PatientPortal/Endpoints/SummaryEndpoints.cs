using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;
using PatientPortal.Data;

namespace PatientPortal.Endpoints;

/// <summary>The patient summary page, with a cache in front of the database.</summary>
public static class SummaryEndpoints
{
    public static void MapSummaries(this IEndpointRouteBuilder app)
    {
        app.MapGet("/patients/{id:int}/summary", async (int id, PortalDbContext db, IDistributedCache cache) =>
        {
            var patient = await db.Patients.FindAsync(id);
            if (patient is null)
            {
                return Results.NotFound();
            }

            // Seeded leak (PHI002): the whole patient is serialized, every identifier included...
            var snapshot = JsonSerializer.Serialize(patient);

            // Seeded leak (PHI003): ...and kept in the shared cache, unencrypted.
            await cache.SetStringAsync($"patient:{patient.Id}", snapshot);

            // Correct: the cache holds the id only; details are read from the encrypted columns.
            await cache.SetStringAsync($"patient-seen:{patient.Id}", patient.Id.ToString());
            return Results.Ok(new { patient.Id });
        });
    }
}
