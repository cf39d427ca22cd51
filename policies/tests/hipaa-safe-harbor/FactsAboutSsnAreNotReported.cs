// expect-none
using System;
using Microsoft.Extensions.Logging;

namespace Clinic;

public static class Audit
{
    public static void Record(string ssn, string displayName, ILogger logger)
    {
        logger.LogInformation("SSN present: {Present}, length {Length}", !string.IsNullOrEmpty(ssn), ssn.Length);
        logger.LogInformation("Member {Name} updated", displayName);
        Console.WriteLine(ssn == "000000000" ? "placeholder" : "real");
    }
}
