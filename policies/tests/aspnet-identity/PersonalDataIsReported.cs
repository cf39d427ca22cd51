using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace Portal;

public class PortalUser : IdentityUser
{
    [PersonalData]
    public string? HomeAddress { get; set; }

    public string? Theme { get; set; }
}

public static class SignIn
{
    public static void Log(PortalUser user, ILogger logger)
    {
        logger.LogInformation("Signed in {Email}", user.Email); // expect: PHI001
        logger.LogInformation("Lives at {Address}", user.HomeAddress); // expect: PHI001
        logger.LogInformation("User {Id} theme {Theme} two-factor {TwoFactor}", user.Id, user.Theme, user.TwoFactorEnabled);
    }
}
