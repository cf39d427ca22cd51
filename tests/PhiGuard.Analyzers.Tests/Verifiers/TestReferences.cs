using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Testing;
using NuGetPackage = Microsoft.CodeAnalysis.Testing.PackageIdentity;

namespace PhiGuard.Analyzers.Tests.Verifiers
{
    /// <summary>
    /// The real libraries users compile against, never stubs. tests/PhiGuard.TestPackages restores the same
    /// packages, so the test framework finds them in the NuGet global packages folder.
    /// </summary>
    internal static class TestReferences
    {
        public static readonly ReferenceAssemblies Logging = ReferenceAssemblies.Net.Net80.AddPackages(ImmutableArray.Create(
            new NuGetPackage("Microsoft.Extensions.Logging.Abstractions", "8.0.2"),
            new NuGetPackage("Serilog", "4.2.0"),
            new NuGetPackage("NLog", "5.5.1"),
            new NuGetPackage("log4net", "3.5.0"),
            new NuGetPackage("System.Diagnostics.EventLog", "8.0.2")));

        public static readonly ReferenceAssemblies Net = ReferenceAssemblies.Net.Net80;

        /// <summary>Logging plus the Firely SDK's FHIR R4 model (Hl7.Fhir.Model).</summary>
        public static readonly ReferenceAssemblies Fhir = Logging.AddPackages(ImmutableArray.Create(
            new NuGetPackage("Hl7.Fhir.R4", "6.8.0")));

        /// <summary>Logging plus ASP.NET Core Identity's user model and its [PersonalData] attributes.</summary>
        public static readonly ReferenceAssemblies AspNetIdentity = Logging.AddPackages(ImmutableArray.Create(
            new NuGetPackage("Microsoft.Extensions.Identity.Stores", "8.0.31")));

        /// <summary>Logging plus Microsoft.Extensions.Compliance's data classification attributes.</summary>
        public static readonly ReferenceAssemblies DataClassification = Logging.AddPackages(ImmutableArray.Create(
            new NuGetPackage("Microsoft.Extensions.Compliance.Abstractions", "9.0.0")));

        /// <summary>What samples/PatientPortal compiles against: ASP.NET Core and EF Core on SQLite.</summary>
        public static readonly ReferenceAssemblies WebWithEntityFramework = ReferenceAssemblies.Net.Net80.AddPackages(ImmutableArray.Create(
            new NuGetPackage("Microsoft.AspNetCore.App.Ref", "8.0.0"),
            new NuGetPackage("Microsoft.EntityFrameworkCore.Sqlite", "8.0.34")));
    }
}
