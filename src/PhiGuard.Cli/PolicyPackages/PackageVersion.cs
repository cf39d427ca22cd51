using System.Linq;

namespace PhiGuard.Cli.PolicyPackages
{
    /// <summary>A NuGet package version as <c>policy pack</c> accepts it: 2 to 4 numbers, and an optional <c>-prerelease</c> label.</summary>
    internal static class PackageVersion
    {
        public static bool IsValid(string version)
        {
            if (version.Length == 0 || version.Length > 64)
            {
                return false;
            }

            var dash = version.IndexOf('-');
            var numbers = (dash < 0 ? version : version[..dash]).Split('.');
            var label = dash < 0 ? null : version[(dash + 1)..];
            return numbers.Length is >= 2 and <= 4
                && numbers.All(n => n.Length is > 0 and <= 9 && n.All(char.IsAsciiDigit))
                && (label is null || (label.Length > 0 && label.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-')));
        }
    }
}
