using System;
using Microsoft.Extensions.Logging;

namespace Clinic;

public sealed class Registration
{
    public int Id { get; set; }

    public string FullName { get; set; } = "";

    public string Email { get; set; } = "";

    public string HomePhone { get; set; } = "";

    public DateOnly DateOfBirth { get; set; }

    public string Plan { get; set; } = "";
}

public static class Intake
{
    public static void Register(Registration registration, string medicalRecordNumber, string zipCode, string deviceId, ILogger logger)
    {
        logger.LogInformation("Registered {Name}", registration.FullName); // expect: PHI001
        logger.LogInformation("Contact {Email} {Phone}", registration.Email, registration.HomePhone); // expect: PHI001, PHI001
        logger.LogInformation("Born {Dob}", registration.DateOfBirth); // expect: PHI001
        logger.LogInformation("MRN {Mrn} in {Zip} from {Device}", medicalRecordNumber, zipCode, deviceId); // expect: PHI001, PHI001, PHI001
        logger.LogInformation("Registration {Id} on plan {Plan}", registration.Id, registration.Plan);
    }
}
