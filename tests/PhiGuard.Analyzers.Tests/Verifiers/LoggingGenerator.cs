using System;
using System.IO;
using System.Reflection;
using System.Linq;

namespace PhiGuard.Analyzers.Tests.Verifiers
{
    /// <summary>
    /// The real <c>[LoggerMessage]</c> source generator, as Microsoft.Extensions.Logging.Abstractions ships it to
    /// every project that references the package; loaded from the package the tests restore.
    /// </summary>
    internal static class LoggingGenerator
    {
        private static readonly Lazy<Type> Generator = new Lazy<Type>(Load);

        public static Type Type => Generator.Value;

        private static Type Load()
        {
            var packages = typeof(LoggingGenerator).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "NuGetPackageRoot").Value!;
            var path = Path.Combine(packages, "microsoft.extensions.logging.abstractions", "8.0.2", "analyzers", "dotnet", "roslyn4.4", "cs", "Microsoft.Extensions.Logging.Generators.dll");
            return Assembly.LoadFrom(path).GetType("Microsoft.Extensions.Logging.Generators.LoggerMessageGenerator", throwOnError: true)!;
        }
    }
}
