using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;

namespace PhiGuard.Analyzers.Tests.Packs
{
    /// <summary>builtin:aspnet-identity against the real ASP.NET Core Identity user model and its [PersonalData] attributes.</summary>
    public class AspNetIdentityPackTests
    {
        private const string Model = """

            public class PortalUser : IdentityUser
            {
                [PersonalData]
                public string? HomeAddress { get; set; }

                [ProtectedPersonalData]
                public string? Nickname { get; set; }

                public string? Theme { get; set; }
            }
            """;

        private static Task Verify(string body, params DiagnosticResult[] expected) =>
            PackVerifier.VerifyAsync(Policies.Extending("aspnet-identity"), TestReferences.AspNetIdentity, "using Microsoft.AspNetCore.Identity;", body, Model, expected);

        [Fact]
        public Task Identity_personal_data_is_protected() => Verify("""
            public void Run(IdentityUser user)
            {
                _logger.LogInformation("Signed in {UserName}", {|PHI001:user.UserName|});
                _logger.LogInformation("Mail to {Email}", {|PHI001:user.Email|});
                _logger.LogInformation("Text to {Phone}", {|PHI001:user.PhoneNumber|});
            }
            """);

        [Fact]
        public Task Normalized_copies_of_personal_data_are_protected() => Verify("""
            public void Run(IdentityUser user)
            {
                _logger.LogInformation("Lookup {Name}", {|PHI001:user.NormalizedUserName|});
                _logger.LogInformation("Lookup {Email}", {|PHI001:user.NormalizedEmail|});
            }
            """);

        [Fact]
        public Task Personal_data_attributes_on_your_own_user_are_honoured() => Verify("""
            public void Run(PortalUser user)
            {
                _logger.LogInformation("Address {Address}", {|PHI001:user.HomeAddress|});
                _logger.LogInformation("Nickname {Nickname}", {|PHI001:user.Nickname|});
                _logger.LogInformation("Inherited {Email}", {|PHI001:user.Email|});
                _logger.LogInformation("Theme {Theme}", user.Theme);
            }
            """);

        [Fact]
        public Task User_id_and_yes_or_no_flags_are_not_protected() => Verify("""
            public void Run(PortalUser user)
            {
                _logger.LogInformation("User {Id} signed in", user.Id);
                _logger.LogInformation("Confirmed {Email} {Phone}, two-factor {TwoFactor}", user.EmailConfirmed, user.PhoneNumberConfirmed, user.TwoFactorEnabled);
                _logger.LogInformation("Locked out until {End} after {Count} failures", user.LockoutEnd, user.AccessFailedCount);
            }
            """);
    }
}
