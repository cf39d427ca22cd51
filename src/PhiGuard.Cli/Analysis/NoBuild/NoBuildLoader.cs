using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PhiGuard.Cli.Input;

namespace PhiGuard.Cli.Analysis.NoBuild
{
    /// <summary>
    /// Analysis without restoring or building, like CodeQL's build-mode none: the .cs files under a directory, one
    /// compilation per folder group (each project file's folder, or the whole directory where there is none),
    /// compiled against the SDK's reference assemblies, the packages a previous restore left in the NuGet cache,
    /// and the groups a project references. What still does not resolve is tolerated: the analyzers see error
    /// types there, and everything else binds.
    /// </summary>
    internal static class NoBuildLoader
    {
        private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview, DocumentationMode.None, SourceCodeKind.Regular, new[] { "TRACE", "NET", "NETCOREAPP" });
        private static readonly ConcurrentDictionary<string, MetadataReference> References = new(StringComparer.Ordinal);

        /// <summary>
        /// The compilations of the .cs files under <paramref name="root"/>, or of <paramref name="projects"/> only when a
        /// solution or project names them. A folder or file that cannot be read is told to <paramref name="unread"/>.
        /// </summary>
        public static IReadOnlyList<AnalysisUnit> Load(string root, IReadOnlyList<string>? projects, Action<string> warn, Action<string> unread)
        {
            var tree = SourceTree.Scan(root, unread);
            if (projects is not null)
            {
                tree.KeepOnly(projects);
            }

            if (tree.SourceFiles.Count == 0)
            {
                throw new InputException("no .cs files under " + root + "; check the path");
            }

            var groups = Group(root, tree, warn);
            var trees = Parse(tree.SourceFiles, unread);
            var editorConfig = EditorConfigOptions.Create(root, tree.EditorConfigFiles, warn);
            var framework = FrameworkReferences.Find(DotnetSdk.DotnetRoot);
            var frameworkNames = new HashSet<string>(framework.Select(Path.GetFileName)!, StringComparer.OrdinalIgnoreCase);
            var frameworkReferences = framework.Select(Reference).ToList();
            var packages = PackageCache.ForCurrentUser();

            var compilations = new Dictionary<SourceGroup, Compilation>();
            var units = new List<AnalysisUnit>();
            foreach (var group in TopologicalOrder(groups))
            {
                var references = new List<MetadataReference>(frameworkReferences);
                var packageReferences = group.Projects.SelectMany(p => p.PackageReferences).GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.OrdinalIgnoreCase);
                references.AddRange(packages.Assemblies(packageReferences).Where(path => !frameworkNames.Contains(Path.GetFileName(path))).Distinct(StringComparer.Ordinal).Select(Reference));
                references.AddRange(group.References.Where(compilations.ContainsKey).Select(referenced => compilations[referenced].ToMetadataReference()));

                var groupTrees = group.Files.Where(trees.ContainsKey).Select(file => trees[file]).ToList();
                if (group.Projects.Any(p => p.ImplicitUsings))
                {
                    groupTrees.Add(CSharpSyntaxTree.ParseText(ImplicitUsings.SourceFor(group.Projects.Select(p => p.Sdk)), ParseOptions, Path.Combine(group.Directory, "obj", group.Name + ".GlobalUsings.g.cs")));
                }

                var options = new CSharpCompilationOptions(
                    groupTrees.Any(HasTopLevelStatements) ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                    allowUnsafe: true,
                    concurrentBuild: true).WithSyntaxTreeOptionsProvider(editorConfig);
                var compilation = CSharpCompilation.Create(group.Name, groupTrees, references, options);
                compilations[group] = compilation;
                units.Add(new AnalysisUnit(group.Name, group.Directory, _ => Task.FromResult<Compilation?>(compilation), editorConfig?.Provider, configuredPolicy: null));
            }

            return units;
        }

        private static List<SourceGroup> Group(string root, SourceTree tree, Action<string> warn)
        {
            var byDirectory = new Dictionary<string, SourceGroup>(StringComparer.Ordinal);
            var byProjectPath = new Dictionary<string, SourceGroup>(StringComparer.Ordinal);
            foreach (var project in tree.ProjectFiles.Select(path => ProjectFile.Read(path, warn)).OfType<ProjectFile>())
            {
                if (!byDirectory.TryGetValue(project.Directory, out var group))
                {
                    byDirectory[project.Directory] = group = new SourceGroup(project.Name, project.Directory);
                }

                group.Projects.Add(project);
                byProjectPath[project.Path] = group;
            }

            var rootGroup = new SourceGroup(new DirectoryInfo(root).Name, root);
            foreach (var file in tree.SourceFiles)
            {
                GroupOf(file, root, byDirectory, rootGroup).Files.Add(file);
            }

            var groups = byDirectory.Values.Append(rootGroup).Where(g => g.Files.Count > 0).ToList();
            var byFileName = byProjectPath.GroupBy(p => Path.GetFileName(p.Key), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Value, StringComparer.OrdinalIgnoreCase);
            foreach (var group in groups)
            {
                group.References.AddRange(group.Projects.SelectMany(p => p.ProjectReferences.Select(reference => Resolve(p, reference, byProjectPath, byFileName)))
                    .OfType<SourceGroup>()
                    .Where(referenced => referenced != group && referenced.Files.Count > 0)
                    .Distinct());
            }

            return groups;
        }

        /// <summary>
        /// The group a project reference points to: by its path, or, when the path goes through MSBuild properties
        /// that are not evaluated here (<c>$(RepoRoot)src/Lib/Lib.csproj</c>), by its file name if that is unique.
        /// </summary>
        private static SourceGroup? Resolve(ProjectFile project, string reference, Dictionary<string, SourceGroup> byPath, Dictionary<string, SourceGroup> byFileName)
        {
            if (!reference.Contains("$(", StringComparison.Ordinal) && byPath.TryGetValue(Path.GetFullPath(reference, project.Directory), out var group))
            {
                return group;
            }

            return byFileName.TryGetValue(Path.GetFileName(reference), out group) ? group : null;
        }

        private static SourceGroup GroupOf(string file, string root, Dictionary<string, SourceGroup> byDirectory, SourceGroup rootGroup)
        {
            for (var directory = Path.GetDirectoryName(file); directory is not null && directory.Length >= root.Length; directory = Path.GetDirectoryName(directory))
            {
                if (byDirectory.TryGetValue(directory, out var group))
                {
                    return group;
                }
            }

            return rootGroup;
        }

        /// <summary>Referenced groups before the groups that reference them; a reference that closes a cycle is dropped.</summary>
        private static List<SourceGroup> TopologicalOrder(List<SourceGroup> groups)
        {
            var order = new List<SourceGroup>();
            var state = new Dictionary<SourceGroup, bool>();
            foreach (var group in groups)
            {
                Visit(group, state, order);
            }

            return order;
        }

        private static void Visit(SourceGroup group, Dictionary<SourceGroup, bool> state, List<SourceGroup> order)
        {
            if (state.ContainsKey(group))
            {
                return;
            }

            state[group] = false;
            foreach (var referenced in group.References.ToList())
            {
                if (state.TryGetValue(referenced, out var done) && !done)
                {
                    group.References.Remove(referenced);
                    continue;
                }

                Visit(referenced, state, order);
            }

            state[group] = true;
            order.Add(group);
        }

        private static Dictionary<string, SyntaxTree> Parse(IReadOnlyList<string> files, Action<string> unread)
        {
            var trees = new ConcurrentDictionary<string, SyntaxTree>(StringComparer.Ordinal);
            Parallel.ForEach(files, file =>
            {
                // A FIFO or a device named like a source file would never finish reading.
                var kind = FileKinds.Of(file);
                if (kind != FileKind.Regular)
                {
                    unread("skipped " + file + ": " + (kind == FileKind.Missing ? "no such file (a broken link?)" : "it is " + FileKinds.Describe(kind) + ", not a regular file"));
                    return;
                }

                try
                {
                    using var stream = File.OpenRead(file);
                    var text = SourceText.From(stream, canBeEmbedded: false);
                    trees[file] = CSharpSyntaxTree.ParseText(text, ParseOptions, file);
                }
                catch (Exception e) when (FileErrors.IsFileError(e) || e is InvalidDataException)
                {
                    unread("skipped " + file + ": " + FileErrors.Describe(e));
                }
            });
            return new Dictionary<string, SyntaxTree>(trees, StringComparer.Ordinal);
        }

        private static bool HasTopLevelStatements(SyntaxTree tree) =>
            tree.GetRoot() is CompilationUnitSyntax unit && unit.Members.Any(member => member is GlobalStatementSyntax);

        private static MetadataReference Reference(string path) => References.GetOrAdd(path, p => MetadataReference.CreateFromFile(p));

        private sealed class SourceGroup
        {
            public SourceGroup(string name, string directory)
            {
                Name = name;
                Directory = directory;
            }

            public string Name { get; }

            public string Directory { get; }

            public List<ProjectFile> Projects { get; } = new();

            public List<string> Files { get; } = new();

            public List<SourceGroup> References { get; } = new();
        }
    }
}
