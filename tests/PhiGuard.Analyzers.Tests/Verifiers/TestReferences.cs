using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using NuGetPackage = Microsoft.CodeAnalysis.Testing.PackageIdentity;

namespace PhiGuard.Analyzers.Tests.Verifiers
{
    /// <summary>
    /// The real libraries users compile against, restored from NuGet by the test framework: never stubs.
    /// </summary>
    internal static class TestReferences
    {
        public static readonly ReferenceAssemblies Logging = ReferenceAssemblies.Net.Net80.AddPackages(ImmutableArray.Create(
            new NuGetPackage("Microsoft.Extensions.Logging.Abstractions", "8.0.2"),
            new NuGetPackage("Serilog", "4.2.0"),
            new NuGetPackage("NLog", "5.5.1"),
            new NuGetPackage("log4net", "3.5.0"),
            new NuGetPackage("System.Diagnostics.EventLog", "8.0.2")));

        /// <summary>Logging plus redaction, data classification, Data Protection, DPAPI and ASP.NET Core Identity's personal-data attributes.</summary>
        public static readonly ReferenceAssemblies Compliance = Logging.AddPackages(ImmutableArray.Create(
            new NuGetPackage("Microsoft.Extensions.Compliance.Abstractions", "9.0.0"),
            new NuGetPackage("Microsoft.AspNetCore.DataProtection.Abstractions", "8.0.31"),
            new NuGetPackage("System.Security.Cryptography.ProtectedData", "8.0.0"),
            new NuGetPackage("Microsoft.Extensions.Identity.Stores", "8.0.31")));

        /// <summary>Logging plus Application Insights and the OpenTelemetry API (System.Diagnostics tracing and metrics are in the framework).</summary>
        public static readonly ReferenceAssemblies Telemetry = Logging.AddPackages(ImmutableArray.Create(
            new NuGetPackage("Microsoft.ApplicationInsights", "2.22.0"),
            new NuGetPackage("OpenTelemetry.Api", "1.15.3")));

        public static readonly ReferenceAssemblies Net = ReferenceAssemblies.Net.Net80;

        private static readonly SemaphoreSlim Restore = new SemaphoreSlim(1, 1);

        /// <summary>
        /// Restores a reference set before tests use it, one restore at a time. A set whose packages were not yet in
        /// the package cache resolves without them the first time, so a throwaway copy takes that first resolve.
        /// </summary>
        public static async Task EnsureRestoredAsync(ReferenceAssemblies references)
        {
            await Restore.WaitAsync().ConfigureAwait(false);
            try
            {
                await references.AddAssemblies(ImmutableArray<string>.Empty).ResolveAsync(LanguageNames.CSharp, CancellationToken.None).ConfigureAwait(false);
                await references.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                Restore.Release();
            }
        }
    }
}
