using Microsoft.EntityFrameworkCore;
using PatientPortal.Data;
using PatientPortal.Security;

namespace PatientPortal.Endpoints;

/// <summary>Test results a patient can see.</summary>
public static class ResultsEndpoints
{
    public static void MapResults(this IEndpointRouteBuilder app)
    {
        app.MapGet("/patients/{id:int}/results", async (int id, PortalDbContext db, ILogger<PortalDbContext> logger) =>
        {
            var patient = await db.Patients.Include(p => p.Results).SingleOrDefaultAsync(p => p.Id == id);
            if (patient is null)
            {
                return Results.NotFound();
            }

            // Seeded leak (PHI001): the patient's name goes to the application log.
            logger.LogInformation("Results requested for {Patient}", patient.FullName);

            // Correct: ids and counts identify nothing on their own.
            logger.LogInformation("Returned {Count} results for patient {PatientId}", patient.Results.Count, patient.Id);
            return Results.Ok(patient.Results.Select(r => new { r.Code, r.Value, r.Interpretation, r.ReportedAt }));
        });

        // Correct: the NHI travels in the POST body, not in the URL (where browser history and access logs keep it).
        app.MapPost("/lookup", async (LookupRequest request, PortalDbContext db, ILogger<PortalDbContext> logger) =>
        {
            var patient = await db.Patients.SingleOrDefaultAsync(p => p.Nhi == request.Nhi);
            if (patient is null)
            {
                // Correct: the NHI is masked before it is logged.
                logger.LogWarning("No patient with NHI {Nhi}", PhiMask.Mask(request.Nhi));
                return Results.NotFound();
            }

            if (string.IsNullOrEmpty(patient.Email))
            {
                // Correct: whether a value is empty reveals nothing.
                logger.LogWarning("Patient {PatientId} has no email address", patient.Id);
            }

            return Results.Ok(new { patient.Id });
        });
    }

    public sealed record LookupRequest(string Nhi);
}
