using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace PhiGuard.Cli.Analysis.NoBuild
{
    /// <summary>
    /// Picks, among a package's target frameworks (<c>lib/net8.0</c>, <c>lib/netstandard2.0</c>, a nuspec's
    /// <c>.NETStandard2.0</c>...), the one a current .NET project would use: the newest .NET, then .NET Core, then
    /// .NET Standard, then .NET Framework.
    /// </summary>
    internal static partial class TargetFrameworks
    {
        public static string? Best(IEnumerable<string> frameworks) =>
            frameworks.Select(name => (Name: name, Rank: Rank(name))).Where(f => f.Rank > 0).OrderByDescending(f => f.Rank).Select(f => f.Name).FirstOrDefault();

        private static double Rank(string framework)
        {
            var match = Moniker().Match(framework.ToLowerInvariant());
            if (!match.Success)
            {
                return 0;
            }

            var family = match.Groups["family"].Value.TrimStart('.');
            var version = Version(match.Groups["version"].Value);
            return family switch
            {
                "net" when version >= 5 => version < 11 ? 4000 + version : 0,
                "netcoreapp" => 3000 + version,
                "netstandard" => 2000 + version,
                "net" or "netframework" => 1000 + version,
                _ => 0,
            };
        }

        /// <summary><c>8.0</c> → 8.0, <c>472</c> → 4.72, <c>2.0.1</c> → 2.0.</summary>
        private static double Version(string text)
        {
            var parts = text.Split('.');
            var major = parts[0];
            var minor = parts.Length > 1 ? parts[1] : string.Empty;
            if (parts.Length == 1 && major.Length > 1)
            {
                minor = major[1..];
                major = major[..1];
            }

            return double.Parse(major + "." + (minor.Length == 0 ? "0" : minor), CultureInfo.InvariantCulture);
        }

        [GeneratedRegex(@"^(?<family>\.?netstandard|\.?netcoreapp|\.?netframework|net)(?<version>[0-9]+(\.[0-9]+)*)(-[a-z0-9.]+)?$")]
        private static partial Regex Moniker();
    }
}
