namespace PatientPortal.Domain;

/// <summary>A booked consultation.</summary>
public class Appointment
{
    public int Id { get; set; }

    public int PatientId { get; set; }

    public DateTime StartsAt { get; set; }

    public string Clinic { get; set; } = "";

    public string Reason { get; set; } = "";
}
