using PatientPortal.Domain;

namespace PatientPortal.Data;

/// <summary>Demo patients for a fresh database.</summary>
public static class SeedData
{
    public static void Populate(PortalDbContext db)
    {
        if (db.Patients.Any())
        {
            return;
        }

        var patients = new List<Patient>
        {
            new() { Nhi = "ZAA0067", FullName = "Aroha Ngata", DateOfBirth = new DateOnly(1984, 3, 2), Email = "aroha@example.org", Phone = "021 555 0101" },
            new() { Nhi = "ZZZ0016", FullName = "James Wilson", DateOfBirth = new DateOnly(1961, 11, 23), Email = "james@example.org", Phone = "027 555 0199" },
        };
        foreach (var patient in patients)
        {
            patient.Results.Add(new TestResult { Code = "HbA1c", Value = "48 mmol/mol", Interpretation = "Raised", ReportedAt = DateTime.UtcNow.AddDays(-3) });
            patient.Appointments.Add(new Appointment { StartsAt = DateTime.UtcNow.AddDays(5), Clinic = "Riverside Medical", Reason = "Diabetes review" });
            db.Patients.Add(patient);

            // Seeded leak (PHI001): a debugging line that prints the patient's email address to the console.
            Console.WriteLine("Seeded patient " + patient.Email);
        }

        db.SaveChanges();
        Console.WriteLine($"Seeded {patients.Count} patients");
    }
}
