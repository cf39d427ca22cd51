using System.IO;

namespace PhiGuard.Cli.Findings
{
    /// <summary>
    /// The directory report paths are relative to: the repository that holds the scanned code (the nearest
    /// directory above it with a .git), else the scanned directory itself. Relative paths keep baselines and SARIF
    /// the same on a laptop and in CI, and SARIF viewers resolve them against the repository.
    /// </summary>
    internal sealed class ReportRoot
    {
        public ReportRoot(string directory)
        {
            Directory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        }

        public string Directory { get; }

        public static ReportRoot For(string scannedDirectory)
        {
            for (var current = new DirectoryInfo(scannedDirectory); current is not null; current = current.Parent)
            {
                if (System.IO.Directory.Exists(Path.Combine(current.FullName, ".git")) || File.Exists(Path.Combine(current.FullName, ".git")))
                {
                    return new ReportRoot(current.FullName);
                }
            }

            return new ReportRoot(scannedDirectory);
        }

        public string Relative(string fullPath)
        {
            var relative = Path.GetRelativePath(Directory, fullPath);
            return relative.Replace(Path.DirectorySeparatorChar, '/');
        }
    }
}
