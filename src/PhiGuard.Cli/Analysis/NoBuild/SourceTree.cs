using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PhiGuard.Cli.Analysis.NoBuild
{
    /// <summary>
    /// The C# sources, project files and .editorconfig files under a directory, skipping build output
    /// (bin, obj), dependencies (node_modules) and hidden directories. An unreadable directory is skipped and told to
    /// the caller, for whom the scan is then incomplete.
    /// </summary>
    internal sealed class SourceTree
    {
        private static readonly HashSet<string> SkippedDirectories = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules" };

        private SourceTree()
        {
        }

        public List<string> SourceFiles { get; } = new();

        public List<string> ProjectFiles { get; } = new();

        public List<string> EditorConfigFiles { get; } = new();

        public static SourceTree Scan(string root, Action<string> unread)
        {
            var tree = new SourceTree();
            var pending = new Stack<string>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                var directory = pending.Pop();
                string[] files;
                string[] subdirectories;
                try
                {
                    files = Directory.GetFiles(directory);
                    subdirectories = Directory.GetDirectories(directory);
                }
                catch (Exception e) when (FileErrors.IsFileError(e))
                {
                    unread("skipped " + directory + ": " + FileErrors.Describe(e));
                    continue;
                }

                foreach (var file in files)
                {
                    var name = Path.GetFileName(file);
                    if (name.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
                    {
                        tree.SourceFiles.Add(file);
                    }
                    else if (name.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
                    {
                        tree.ProjectFiles.Add(file);
                    }
                    else if (name.Equals(".editorconfig", StringComparison.OrdinalIgnoreCase))
                    {
                        tree.EditorConfigFiles.Add(file);
                    }
                }

                foreach (var subdirectory in subdirectories.OrderByDescending(d => d, StringComparer.Ordinal))
                {
                    var name = Path.GetFileName(subdirectory);
                    if (!name.StartsWith('.') && !SkippedDirectories.Contains(name) && !IsLink(subdirectory))
                    {
                        pending.Push(subdirectory);
                    }
                }
            }

            tree.SourceFiles.Sort(StringComparer.Ordinal);
            tree.ProjectFiles.Sort(StringComparer.Ordinal);
            return tree;
        }

        /// <summary>
        /// Keeps only <paramref name="projects"/> and their sources: each source belongs to the project in the nearest
        /// folder above it, as the loader groups them, so a project the solution leaves out takes its sources with it.
        /// </summary>
        public void KeepOnly(IReadOnlyList<string> projects)
        {
            var kept = new HashSet<string>(projects.Select(project => Path.GetDirectoryName(project)!), StringComparer.Ordinal);
            var all = new HashSet<string>(ProjectFiles.Concat(projects).Select(project => Path.GetDirectoryName(project)!), StringComparer.Ordinal);
            SourceFiles.RemoveAll(file => NearestProjectDirectory(file, all) is not { } owner || !kept.Contains(owner));
            ProjectFiles.Clear();
            ProjectFiles.AddRange(projects.OrderBy(project => project, StringComparer.Ordinal));
        }

        private static string? NearestProjectDirectory(string file, HashSet<string> projectDirectories)
        {
            for (var directory = Path.GetDirectoryName(file); directory is not null; directory = Path.GetDirectoryName(directory))
            {
                if (projectDirectories.Contains(directory))
                {
                    return directory;
                }
            }

            return null;
        }

        private static bool IsLink(string directory)
        {
            try
            {
                return new DirectoryInfo(directory).LinkTarget is not null;
            }
            catch (Exception e) when (FileErrors.IsFileError(e))
            {
                return true;
            }
        }
    }
}
