using System.Collections.Immutable;
using System.IO;
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

        public static readonly ReferenceAssemblies Serialization = ReferenceAssemblies.Net.Net80.AddPackages(ImmutableArray.Create(
            new NuGetPackage("Newtonsoft.Json", "13.0.4"),
            new NuGetPackage("MessagePack", "2.5.302"),
            new NuGetPackage("protobuf-net", "3.2.52")));

        public static readonly ReferenceAssemblies Storage = ReferenceAssemblies.Net.Net80.AddPackages(ImmutableArray.Create(
            new NuGetPackage("Microsoft.EntityFrameworkCore.Sqlite", "8.0.34"),
            new NuGetPackage("Microsoft.Data.Sqlite", "8.0.34"),
            new NuGetPackage("Dapper", "2.1.66"),
            new NuGetPackage("StackExchange.Redis", "2.8.16"),
            new NuGetPackage("Microsoft.Extensions.Caching.Abstractions", "8.0.0"),
            new NuGetPackage("Microsoft.JSInterop", "8.0.31")));

        /// <summary>ASP.NET Core's shared framework (cookies, session, redirects, links, Data Protection, protected browser storage).</summary>
        public static readonly ReferenceAssemblies AspNetCore = ReferenceAssemblies.Net.Net80.AddPackages(ImmutableArray.Create(
            new NuGetPackage("Microsoft.AspNetCore.App.Ref", "8.0.0")));

        /// <summary>.NET Framework 4.8, for <c>System.Web</c>.</summary>
        public static readonly ReferenceAssemblies NetFramework = new ReferenceAssemblies(
                "net48",
                new NuGetPackage("Microsoft.NETFramework.ReferenceAssemblies.net48", "1.0.3"),
                Path.Combine("build", ".NETFramework", "v4.8"))
            .AddAssemblies(ImmutableArray.Create("mscorlib", "System", "System.Core", "System.Web"));
    }
}
