using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;
using PhiGuard.Analyzers.Configuration;

namespace PhiGuard.Cli.Analysis
{
    /// <summary>
    /// Loads a solution or project with MSBuildWorkspace, through the user's .NET SDK, as the IDE does: the
    /// project's own compiler options, references, generated sources, .editorconfig and build properties.
    /// </summary>
    internal sealed class WorkspaceLoader : IDisposable
    {
        private readonly Action<string> _warn;
        private MSBuildWorkspace? _workspace;

        public WorkspaceLoader(Action<string> warn)
        {
            _warn = warn;
        }

        /// <summary>The solution or project file to load for <paramref name="path"/>: the file itself, or the single one in a directory.</summary>
        public static string ProjectOrSolutionIn(string path)
        {
            if (File.Exists(path))
            {
                var extension = Path.GetExtension(path).ToLowerInvariant();
                return extension is ".sln" or ".slnx" or ".csproj"
                    ? path
                    : throw new InputException(path + " is not a solution (.sln, .slnx), a C# project (.csproj) or a directory; pass one of those");
            }

            var solutions = Directory.GetFiles(path, "*.sln").Concat(Directory.GetFiles(path, "*.slnx")).ToList();
            var projects = Directory.GetFiles(path, "*.csproj");
            var candidates = solutions.Count > 0 ? solutions : projects.ToList();
            return candidates.Count switch
            {
                1 => candidates[0],
                0 => throw new InputException("no solution or C# project file in " + path + "; pass one, or add --no-build to analyse the .cs files under it without building"),
                _ => throw new InputException("several " + (solutions.Count > 0 ? "solutions" : "projects") + " in " + path + " (" + string.Join(", ", candidates.Select(Path.GetFileName)) + "); pass the one to scan"),
            };
        }

        public async Task<IReadOnlyList<AnalysisUnit>> LoadAsync(string file, CancellationToken cancellationToken)
        {
            DotnetSdk.RegisterMSBuild();
            return await OpenAsync(file, cancellationToken).ConfigureAwait(false);
        }

        public void Dispose() => _workspace?.Dispose();

        // Kept out of LoadAsync so no MSBuild type is touched before the locator has registered the SDK.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private async Task<IReadOnlyList<AnalysisUnit>> OpenAsync(string file, CancellationToken cancellationToken)
        {
            _workspace = MSBuildWorkspace.Create();
            var failures = new List<string>();
            _workspace.RegisterWorkspaceFailedHandler(e =>
            {
                if (e.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure)
                {
                    failures.Add(e.Diagnostic.Message);
                }
            });

            IEnumerable<Project> projects;
            try
            {
                if (Path.GetExtension(file).Equals(".csproj", StringComparison.OrdinalIgnoreCase))
                {
                    var project = await _workspace.OpenProjectAsync(file, cancellationToken: cancellationToken).ConfigureAwait(false);
                    projects = project.Solution.Projects.Where(p => PathsEqual(p.FilePath, project.FilePath));
                }
                else
                {
                    var solution = await _workspace.OpenSolutionAsync(file, cancellationToken: cancellationToken).ConfigureAwait(false);
                    projects = solution.Projects;
                }
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or ArgumentException or UnauthorizedAccessException)
            {
                throw new InputException("cannot load " + file + ": " + e.Message.Split('\n')[0].Trim() + "; check that it builds with 'dotnet build'", e);
            }

            var csharp = projects.Where(p => p.Language == LanguageNames.CSharp).ToList();
            if (failures.Count > 0 && csharp.All(p => !p.DocumentIds.Any()))
            {
                throw new InputException("cannot load " + file + ": " + failures[0].Split('\n')[0].Trim() + "; check that it builds with 'dotnet build'");
            }

            failures.ForEach(_warn);
            var units = new List<AnalysisUnit>();
            foreach (var project in csharp)
            {
                if (!IsRestored(project))
                {
                    _warn(project.Name + " has not been restored (no project.assets.json); run 'dotnet restore' first, or its package references will not resolve");
                }

                units.Add(ToUnit(project));
            }

            if (units.Count == 0)
            {
                throw new InputException(file + " has no C# project that could be loaded; check it with 'dotnet build', or add --no-build to analyse its .cs files");
            }

            return units;
        }

        private static AnalysisUnit ToUnit(Project project)
        {
            var options = project.AnalyzerOptions.AnalyzerConfigOptionsProvider;
            options.GlobalOptions.TryGetValue(PolicyDiscovery.PolicyFileProperty, out var configured);
            var directory = Path.GetDirectoryName(project.FilePath) ?? Environment.CurrentDirectory;
            return new AnalysisUnit(project.Name, directory, project.GetCompilationAsync, options, string.IsNullOrWhiteSpace(configured) ? null : configured);
        }

        /// <summary>True when NuGet's restore output is beside the project's intermediate output (obj/, or artifacts/obj/&lt;project&gt;/).</summary>
        private static bool IsRestored(Project project)
        {
            var directory = Path.GetDirectoryName(project.CompilationOutputInfo.AssemblyPath);
            for (var level = 0; directory is not null && level < 4; level++, directory = Path.GetDirectoryName(directory))
            {
                if (File.Exists(Path.Combine(directory, "project.assets.json")))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool PathsEqual(string? a, string? b) =>
            a is not null && b is not null && PhiGuard.Policy.PolicyLoader.PathComparer.Equals(Path.GetFullPath(a), Path.GetFullPath(b));
    }
}
