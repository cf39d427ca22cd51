using System.IO;
using System.Linq;
using System.Reflection;

namespace PhiGuard.Cli.Tests.Support
{
    /// <summary>Where the repository, the sample portal and the built tool are.</summary>
    public static class RepositoryPaths
    {
        public static string Root { get; } = FindRoot();

        public static string SamplePortal => Path.Combine(Root, "samples", "PatientPortal");

        public static string PolicyTests => Path.Combine(Root, "policies", "tests");

        public static string CliAssembly { get; } = typeof(RepositoryPaths).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "PhiGuardCliAssembly").Value!;

        public static string SarifSchema => Path.Combine(System.AppContext.BaseDirectory, "Schemas", "sarif-2.1.0.json");

        private static string FindRoot()
        {
            var directory = new DirectoryInfo(System.AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PhiGuard.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new DirectoryNotFoundException("PhiGuard.sln not found above " + System.AppContext.BaseDirectory);
        }
    }
}
