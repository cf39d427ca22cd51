namespace PatientPortal.Domain;

/// <summary>A patient registered with the practice.</summary>
public class Patient
{
    public int Id { get; set; }

    // Seeded leak (PHI003): the NHI column has no encrypting converter in PortalDbContext, so POST /lookup can query it.
    /// <summary>National Health Index number, such as ZAA0067.</summary>
    public string Nhi { get; set; } = "";

    public string FullName { get; set; } = "";

    public DateOnly DateOfBirth { get; set; }

    public string Email { get; set; } = "";

    public string Phone { get; set; } = "";

    public List<TestResult> Results { get; set; } = new();

    public List<Appointment> Appointments { get; set; } = new();

    public List<ClinicalNote> Notes { get; set; } = new();
}
