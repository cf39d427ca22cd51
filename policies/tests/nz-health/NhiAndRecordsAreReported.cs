using Microsoft.Extensions.Logging;

namespace Portal;

public readonly record struct NhiNumber(string Value);

public sealed class TestResult
{
    public int Id { get; set; }

    public string Code { get; set; } = "";

    public string Value { get; set; } = "";
}

public sealed class Appointment
{
    public int Id { get; set; }

    public System.DateTime StartsAt { get; set; }

    public string Reason { get; set; } = "";
}

public static class Portal
{
    public static void Show(string patientNhi, NhiNumber key, TestResult result, Appointment appointment, ILogger logger)
    {
        logger.LogInformation("Lookup {Nhi}", patientNhi); // expect: PHI001
        logger.LogInformation("Key {Key}", key); // expect: PHI001
        logger.LogInformation("Result {Value}", result.Value); // expect: PHI001
        logger.LogInformation("Booked for {Reason}", appointment.Reason); // expect: PHI001
        logger.LogInformation("Result {Id} for {Code}; appointment {AppointmentId} at {StartsAt}", result.Id, result.Code, appointment.Id, appointment.StartsAt);
    }
}
