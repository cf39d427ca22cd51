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

        public static readonly ReferenceAssemblies Net = ReferenceAssemblies.Net.Net80;

        /// <summary>Logging plus Microsoft.Extensions.Compliance's data classification attributes.</summary>
        public static readonly ReferenceAssemblies DataClassification = Logging.AddPackages(ImmutableArray.Create(
            new NuGetPackage("Microsoft.Extensions.Compliance.Abstractions", "9.0.0")));

        /// <summary>What samples/PatientPortal compiles against: ASP.NET Core and EF Core on SQLite.</summary>
        public static readonly ReferenceAssemblies WebWithEntityFramework = ReferenceAssemblies.Net.Net80.AddPackages(ImmutableArray.Create(
            new NuGetPackage("Microsoft.AspNetCore.App.Ref", "8.0.0"),
            new NuGetPackage("Microsoft.EntityFrameworkCore.Sqlite", "8.0.34")));

        public static readonly ReferenceAssemblies Serialization = ReferenceAssemblies.Net.Net80.AddPackages(ImmutableArray.Create(
            new NuGetPackage("Newtonsoft.Json", "13.0.3"),
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
