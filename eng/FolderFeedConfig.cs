using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Security;
using System.Text.RegularExpressions;

namespace PhiGuard.Engineering
{
    /// <summary>
    /// The nuget.config of a project generated in a temporary folder (the end-to-end tests' consumers, the benchmark's
    /// generated code base) that restores PhiGuard from a folder of packages. The folder is added beside the package
    /// sources this machine is configured with (a company feed or mirror included), never in their place, and
    /// package source mapping takes every package named PhiGuard* from the folder and every other from those sources.
    /// Compiled into the projects that write such configurations.
    /// </summary>
    internal static class FolderFeedConfig
    {
        public const string FolderKey = "phiguard-folder";

        public const string PhiGuardPattern = "PhiGuard*";

        private static readonly Regex EnabledSource = new Regex(@"^\s*\d+\.\s+(?<key>.+?)\s+\[Enabled\]\s*$", RegexOptions.Multiline);

        private static readonly Lazy<IReadOnlyList<string>> Configured = new Lazy<IReadOnlyList<string>>(ReadConfiguredSources);

        /// <summary>The keys of the enabled package sources of the user's and the machine's NuGet configuration.</summary>
        public static IReadOnlyList<string> ConfiguredSources => Configured.Value;

        /// <summary>
        /// The nuget.config text that adds <paramref name="folder"/> as a package source beside the configured ones, with
        /// PhiGuard* and any <paramref name="morePatterns"/> (the policy packages a test packs there) mapped to it.
        /// </summary>
        public static string For(string folder, params string[] morePatterns)
        {
            var folderPatterns = string.Concat(new[] { PhiGuardPattern }.Concat(morePatterns)
                .Select(pattern => "      <package pattern=\"" + SecurityElement.Escape(pattern) + "\" />\n"));
            var mappings = string.Concat(ConfiguredSources
                .Where(key => key != FolderKey)
                .Select(key => "    <packageSource key=\"" + SecurityElement.Escape(key) + "\">\n      <package pattern=\"*\" />\n    </packageSource>\n"));
            return $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="{FolderKey}" value="{SecurityElement.Escape(folder)}" />
                  </packageSources>
                  <packageSourceMapping>
                    <packageSource key="{FolderKey}">
                {folderPatterns}    </packageSource>
                {mappings}  </packageSourceMapping>
                </configuration>
                """;
        }

        /// <summary>
        /// Asks NuGet itself (<c>dotnet nuget list source</c>, in the temporary folder where generated projects live)
        /// which sources are configured, so that the user's and the machine's files are merged as a restore merges them.
        /// </summary>
        private static IReadOnlyList<string> ReadConfiguredSources()
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = System.IO.Path.GetTempPath(),
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "nuget", "list", "source", "--format", "Detailed" })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
            start.Environment["DOTNET_NOLOGO"] = "1";
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException("dotnet nuget list source failed (exit " + process.ExitCode + "):\n" + output + error.Result);
            }

            return EnabledSource.Matches(output).Select(match => match.Groups["key"].Value).ToList();
        }
    }
}
