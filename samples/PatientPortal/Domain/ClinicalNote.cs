namespace PatientPortal.Domain;

/// <summary>A clinician's note released to the patient.</summary>
public class ClinicalNote
{
    public int Id { get; set; }

    public int PatientId { get; set; }

    public string Author { get; set; } = "";

    public string Text { get; set; } = "";

    public DateTime WrittenAt { get; set; }
}
