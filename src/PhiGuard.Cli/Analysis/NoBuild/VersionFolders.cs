using System;
using System.IO;
using System.Linq;

namespace PhiGuard.Cli.Analysis.NoBuild
{
    /// <summary>Folders named by version (<c>packs/Microsoft.NETCore.App.Ref/10.0.1</c>, <c>~/.nuget/packages/serilog/4.2.0</c>).</summary>
    internal static class VersionFolders
    {
        /// <summary>The subfolder of <paramref name="directory"/> with the highest version, prereleases ranked by their release number.</summary>
        public static string? Newest(string directory) =>
            Directory.GetDirectories(directory)
                .Select(path => (Path: path, Version: Version.TryParse(Path.GetFileName(path).Split('-')[0], out var v) ? v : null))
                .Where(candidate => candidate.Version is not null)
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Path)
                .FirstOrDefault();
    }
}
