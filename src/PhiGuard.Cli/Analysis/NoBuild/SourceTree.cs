using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PhiGuard.Cli.Analysis.NoBuild
{
    /// <summary>
    /// The C# sources, project files and .editorconfig files under a directory, skipping build output
    /// (bin, obj), dependencies (node_modules) and hidden directories. Unreadable directories are skipped with a warning.
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

        public static SourceTree Scan(string root, Action<string> warn)
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
                    warn("skipped " + directory + ": " + FileErrors.Describe(e));
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
