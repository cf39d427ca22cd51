using PatientPortal.Data;
using PatientPortal.Domain;

namespace PatientPortal.Endpoints;

/// <summary>Clinical notes released to patients.</summary>
public static class NotesEndpoints
{
    public sealed record NewNote(string Author, string Text);

    public static void MapNotes(this IEndpointRouteBuilder app)
    {
        app.MapPost("/patients/{id:int}/notes", async (int id, NewNote input, PortalDbContext db, ILogger<PortalDbContext> logger) =>
        {
            var patient = await db.Patients.FindAsync(id);
            if (patient is null)
            {
                return Results.NotFound();
            }

            var note = new ClinicalNote { PatientId = patient.Id, Author = input.Author, Text = input.Text, WrittenAt = DateTime.UtcNow };
            db.ClinicalNotes.Add(note);
            await db.SaveChangesAsync();

            // Seeded leak (PHI001): the NHI and the note itself are interpolated into a debug message.
            logger.LogDebug($"Note {note.Id} added for NHI {patient.Nhi}: {note.Text}");

            // Correct: the note's id and length.
            logger.LogInformation("Note {NoteId} added ({Length} characters)", note.Id, note.Text.Length);
            return Results.Created($"/notes/{note.Id}", new { note.Id });
        });
    }
}
