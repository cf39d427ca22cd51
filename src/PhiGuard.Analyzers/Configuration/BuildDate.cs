using System;
using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PhiGuard.Analyzers.Configuration
{
    /// <summary>The day exemptions are judged on: the build property <c>PhiGuardToday</c> when set, else today's date (UTC).</summary>
    internal static class BuildDate
    {
        /// <summary>Overrides today's date (yyyy-MM-dd) for exemption expiry; reproducible builds and tests set it.</summary>
        public const string TodayProperty = "build_property.PhiGuardToday";

        public static DateTime Today(AnalyzerOptions options)
        {
            if (options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(TodayProperty, out var configured)
                && DateTime.TryParseExact(configured, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            return DateTime.UtcNow.Date;
        }
    }
}
