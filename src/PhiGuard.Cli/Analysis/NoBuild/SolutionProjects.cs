using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using PhiGuard.Cli.Input;

namespace PhiGuard.Cli.Analysis.NoBuild
{
    /// <summary>
    /// The C# projects a scan without a build is limited to: those a solution lists (.sln or .slnx), or the project
    /// itself. Projects the solution lists that do not exist are an input error, as they are for a scan with a build.
    /// </summary>
    internal static class SolutionProjects
    {
        private static readonly Regex SlnProject = new(@"^Project\(""\{[^}]*\}""\)\s*=\s*""[^""]*""\s*,\s*""(?<path>[^""]+\.csproj)""", RegexOptions.Multiline | RegexOptions.CultureInvariant);

        /// <summary>The full paths of the projects to scan, or null for a directory (everything under it).</summary>
        public static IReadOnlyList<string>? Of(string target)
        {
            var full = Path.GetFullPath(target);
            if (Directory.Exists(full))
            {
                return null;
            }

            var extension = Path.GetExtension(full).ToLowerInvariant();
            if (extension == ".csproj")
            {
                return new[] { full };
            }

            if (extension is not (".sln" or ".slnx"))
            {
                throw new InputException(target + " is not a solution (.sln, .slnx), a C# project (.csproj) or a directory; pass one of those");
            }

            var text = ReadSolution(full);
            var listed = extension == ".sln" ? FromSln(text) : FromSlnx(full, text);
            var directory = Path.GetDirectoryName(full)!;
            var projects = listed.Select(path => Path.GetFullPath(path.Replace('\\', Path.DirectorySeparatorChar), directory)).Distinct(StringComparer.Ordinal).ToList();
            var missing = projects.Where(path => !File.Exists(path)).ToList();
            if (missing.Count > 0)
            {
                throw new InputException("cannot load " + target + ": " + (missing.Count == 1 ? "its project " : "its projects ") + string.Join(", ", missing.Select(path => Path.GetRelativePath(directory, path))) + (missing.Count == 1 ? " does" : " do") + " not exist; fix the solution or scan a directory");
            }

            return projects;
        }

        private static string ReadSolution(string path)
        {
            var bytes = InputFiles.TryRead(path, InputFiles.PolicyLimit * 4, out var count, out var problem)
                ?? throw new InputException("cannot read the solution " + path + ": " + problem);
            return PhiGuard.Policy.PolicyText.Decode(bytes, count);
        }

        private static IEnumerable<string> FromSln(string text) => SlnProject.Matches(text).Select(match => match.Groups["path"].Value);

        private static IEnumerable<string> FromSlnx(string path, string text)
        {
            try
            {
                return XDocument.Parse(text).Descendants("Project").Select(project => (string?)project.Attribute("Path")).OfType<string>()
                    .Where(project => project.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)).ToList();
            }
            catch (XmlException e)
            {
                throw new InputException("cannot read the solution " + path + ": " + e.Message);
            }
        }
    }
}
