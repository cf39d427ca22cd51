// expect-none
// The pack protects Social Security numbers by name only; a project's own policy protects the rest.
using Microsoft.Extensions.Logging;

namespace Clinic;

public static class Contacts
{
    public static void Log(string email, string phone, ILogger logger)
    {
        logger.LogInformation("Contact {Email} {Phone}", email, phone);
    }
}
