using Microsoft.EntityFrameworkCore;
using PatientPortal.Data;

namespace PatientPortal.Endpoints;

/// <summary>Appointments and their reminders.</summary>
public static class AppointmentsEndpoints
{
    public static void MapAppointments(this IEndpointRouteBuilder app)
    {
        app.MapPost("/appointments/{id:int}/remind", async (int id, PortalDbContext db, ILogger<PortalDbContext> logger) =>
        {
            var appointment = await db.Appointments.FindAsync(id);
            if (appointment is null)
            {
                return Results.NotFound();
            }

            var patient = await db.Patients.SingleAsync(p => p.Id == appointment.PatientId);
            var reminder = $"Reminder for {patient.FullName}: {appointment.StartsAt:g} at {appointment.Clinic}";

            // Seeded leak (PHI001): the reminder text, which carries the patient's name, is logged as the message.
            logger.LogInformation(reminder);

            // Correct: which appointment, and when.
            logger.LogInformation("Reminder queued for appointment {AppointmentId} at {StartsAt}", appointment.Id, appointment.StartsAt);
            return Results.Accepted();
        });
    }
}
