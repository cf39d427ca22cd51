namespace PatientPortal.Domain;

/// <summary>A laboratory result shared with the patient.</summary>
public class TestResult
{
    public int Id { get; set; }

    public int PatientId { get; set; }

    /// <summary>The test, such as "HbA1c".</summary>
    public string Code { get; set; } = "";

    public string Value { get; set; } = "";

    public string Interpretation { get; set; } = "";

    public DateTime ReportedAt { get; set; }
}
