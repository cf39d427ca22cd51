using System;
using System.IO;

namespace PhiGuard.Cli.PolicyPackages
{
    /// <summary>The NuGet global packages folder restore fills: <c>NUGET_PACKAGES</c> when set, else <c>~/.nuget/packages</c>.</summary>
    internal static class NuGetPackagesFolder
    {
        public static string ForCurrentUser()
        {
            var configured = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
            return !string.IsNullOrEmpty(configured)
                ? configured
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        }

        /// <summary>Where restore puts a package version: <c>&lt;folder&gt;/&lt;id lowercase&gt;/&lt;version lowercase&gt;</c>.</summary>
        public static string VersionFolder(string packagesFolder, string id, string version) =>
            Path.Combine(packagesFolder, id.ToLowerInvariant(), version.ToLowerInvariant());
    }
}
