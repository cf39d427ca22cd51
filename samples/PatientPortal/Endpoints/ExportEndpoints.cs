using Microsoft.AspNetCore.DataProtection;
using PatientPortal.Data;

namespace PatientPortal.Endpoints;

/// <summary>Exports of clinical notes for the patient to download.</summary>
public static class ExportEndpoints
{
    public static void MapExports(this IEndpointRouteBuilder app)
    {
        app.MapPost("/notes/{id:int}/export", async (int id, PortalDbContext db, IDataProtectionProvider protection) =>
        {
            var note = await db.ClinicalNotes.FindAsync(id);
            if (note is null)
            {
                return Results.NotFound();
            }

            var staged = Path.Combine(Path.GetTempPath(), $"note-{note.Id}.txt");

            // Seeded leak (PHI003): the note is staged in a temp file as plain text.
            await File.WriteAllTextAsync(staged, note.Text);

            // Correct: the staged copy is encrypted with Data Protection first.
            var sealedCopy = Path.Combine(Path.GetTempPath(), $"note-{note.Id}.sealed");
            await File.WriteAllTextAsync(sealedCopy, protection.CreateProtector("PatientPortal.Exports").Protect(note.Text));
            return Results.Accepted($"/notes/{note.Id}/export");
        });
    }
}
