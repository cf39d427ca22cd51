using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using PhiGuard.Cli.Analysis.NoBuild;

namespace PhiGuard.Cli.Analysis
{
    /// <summary>A code base ready to analyse: its compilations, and the policies to analyse them with.</summary>
    internal sealed class LoadedCodeBase : IDisposable
    {
        private readonly WorkspaceLoader _workspace;

        private LoadedCodeBase(string directory, IReadOnlyList<AnalysisUnit> units, PolicyResolver policies, WorkspaceLoader workspace, bool loadedWithMSBuild)
        {
            Directory = directory;
            LoadedWithMSBuild = loadedWithMSBuild;
            Units = units;
            Policies = policies;
            _workspace = workspace;
        }

        /// <summary>The scanned directory, or the one that holds the scanned solution or project.</summary>
        public string Directory { get; }

        public IReadOnlyList<AnalysisUnit> Units { get; }

        public PolicyResolver Policies { get; }

        /// <summary>True when MSBuild loaded the projects; it compiles a source it cannot read as empty, so that is checked after.</summary>
        public bool LoadedWithMSBuild { get; }

        /// <summary>Loads with MSBuild, or without a build; an explicit policy is checked before anything is loaded.</summary>
        /// <paramref name="unread"/> is told of each input that cannot be read, which leaves the scan incomplete.
        public static async Task<LoadedCodeBase> LoadAsync(ScanRequest request, Action<string> warn, Action<string> unread, CancellationToken cancellationToken)
        {
            var directory = DirectoryOf(request.Target);
            var policies = new PolicyResolver(request.PolicyPath);
            var workspace = new WorkspaceLoader(warn);
            try
            {
                var units = request.NoBuild
                    ? NoBuildLoader.Load(directory, SolutionProjects.Of(request.Target), warn, unread)
                    : await workspace.LoadAsync(WorkspaceLoader.ProjectOrSolutionIn(Path.GetFullPath(request.Target)), cancellationToken).ConfigureAwait(false);
                return new LoadedCodeBase(directory, units, policies, workspace, !request.NoBuild);
            }
            catch
            {
                workspace.Dispose();
                throw;
            }
        }

        public void Dispose() => _workspace.Dispose();

        private static string DirectoryOf(string target)
        {
            var full = Path.GetFullPath(target);
            if (System.IO.Directory.Exists(full))
            {
                return full;
            }

            if (File.Exists(full))
            {
                return Path.GetDirectoryName(full)!;
            }

            throw new InputException("no such file or directory: " + target + "; pass a solution, a C# project or a directory");
        }
    }
}
