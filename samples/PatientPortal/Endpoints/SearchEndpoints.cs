using Microsoft.EntityFrameworkCore;
using PatientPortal.Data;

namespace PatientPortal.Endpoints;

/// <summary>Find a patient by NHI from the reception desk's search form.</summary>
public static class SearchEndpoints
{
    public sealed record SearchForm(string Nhi);

    public static void MapSearch(this IEndpointRouteBuilder app)
    {
        // Seeded leak (PHI006): the NHI goes into the redirect URL, and so into browser history and server logs.
        app.MapPost("/search", (SearchForm form) => Results.Redirect($"/search/results?nhi={form.Nhi}"));

        // Correct: the NHI stays in the POST body; the redirect carries the patient's id only.
        app.MapPost("/search/patient", async (SearchForm form, PortalDbContext db) =>
        {
            var patient = await db.Patients.SingleOrDefaultAsync(p => p.Nhi == form.Nhi);
            return patient is null ? Results.NotFound() : Results.Redirect($"/patients/{patient.Id}/summary");
        });
    }
}
