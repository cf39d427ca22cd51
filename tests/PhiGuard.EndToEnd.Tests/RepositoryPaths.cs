using System.IO;
using System.Linq;

namespace PhiGuard.EndToEnd.Tests
{
    /// <summary>Finds the repository the tests run from, by walking up to PhiGuard.sln.</summary>
    public static class RepositoryPaths
    {
        public static string Root { get; } = FindRoot();

        /// <summary>The built command-line tool, run as <c>dotnet PhiGuard.Cli.dll ...</c>.</summary>
        public static string CliAssembly { get; } = typeof(RepositoryPaths).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(a => a.Key == "PhiGuardCliAssembly").Value!;

        public static string PackageProject => Path.Combine(Root, "src", "PhiGuard.Package", "PhiGuard.Package.csproj");

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
