using System;
using Microsoft.Extensions.Logging;

namespace Clinic;

public sealed class Member
{
    public string Ssn { get; set; } = "";

    public string SocialSecurityNumber { get; set; } = "";

    public string DisplayName { get; set; } = "";
}

public static class Enrollment
{
    public static void Enroll(Member member, string memberSsn, ILogger logger)
    {
        logger.LogInformation("Enrolling {Ssn}", member.Ssn); // expect: PHI001
        Console.WriteLine("Enrolling " + memberSsn); // expect: PHI001
        var message = $"Enrolled {member.DisplayName} ({member.Ssn})";
        logger.LogWarning(message); // expect: PHI001
    }
}
