using System.IO;

namespace PhiGuard.Analyzers.Tests.Verifiers
{
    /// <summary>The repository the tests run from, found by walking up to PhiGuard.sln.</summary>
    internal static class RepositoryPaths
    {
        public static string Root { get; } = FindRoot();

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
