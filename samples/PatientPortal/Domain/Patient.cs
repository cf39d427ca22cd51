namespace PatientPortal.Domain;

/// <summary>A patient registered with the practice.</summary>
public class Patient
{
    public int Id { get; set; }

    /// <summary>National Health Index number, such as ZAA0067.</summary>
    /// <remarks>Seeded leak: stored in clear text (no encrypting converter in PortalDbContext) so that /lookup/{nhi} can query it.</remarks>
    public string Nhi { get; set; } = "";

    public string FullName { get; set; } = "";

    public DateOnly DateOfBirth { get; set; }

    public string Email { get; set; } = "";

    public string Phone { get; set; } = "";

    public List<TestResult> Results { get; set; } = new();

    public List<Appointment> Appointments { get; set; } = new();

    public List<ClinicalNote> Notes { get; set; } = new();
}
