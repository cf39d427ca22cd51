using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace PhiGuard.Cli.Analysis.NoBuild
{
    /// <summary>
    /// The reference assemblies a scan without a build compiles against: the newest Microsoft.NETCore.App.Ref and
    /// Microsoft.AspNetCore.App.Ref packs of the SDK (ASP.NET Core brings Microsoft.Extensions.Logging, which is
    /// where most logging calls resolve). Without an SDK, the running runtime's own assemblies serve instead.
    /// </summary>
    internal static class FrameworkReferences
    {
        private static readonly string[] Packs = { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" };

        public static IReadOnlyList<string> Find(string dotnetRoot)
        {
            var assemblies = Packs.SelectMany(pack => NewestPackAssemblies(Path.Combine(dotnetRoot, "packs", pack))).ToList();
            if (assemblies.Count > 0)
            {
                return assemblies;
            }

            return Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll")
                .Where(path => Path.GetFileName(path).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
                .ToList();
        }

        private static IEnumerable<string> NewestPackAssemblies(string packDirectory)
        {
            if (!Directory.Exists(packDirectory))
            {
                return Enumerable.Empty<string>();
            }

            var newest = VersionFolders.Newest(packDirectory);
            var refDirectory = newest is null ? null : Path.Combine(newest, "ref");
            if (refDirectory is null || !Directory.Exists(refDirectory))
            {
                return Enumerable.Empty<string>();
            }

            var framework = TargetFrameworks.Best(Directory.GetDirectories(refDirectory).Select(Path.GetFileName)!);
            return framework is null ? Enumerable.Empty<string>() : Directory.GetFiles(Path.Combine(refDirectory, framework), "*.dll");
        }
    }
}
