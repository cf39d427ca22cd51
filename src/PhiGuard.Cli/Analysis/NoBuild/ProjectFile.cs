using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace PhiGuard.Cli.Analysis.NoBuild
{
    /// <summary>
    /// What a scan without a build reads from a project file, as plain XML (MSBuild is not run): its SDK, whether
    /// implicit usings are on, and the projects and packages it references. The nearest Directory.Build.props
    /// and Directory.Packages.props are read too, as MSBuild would import them.
    /// </summary>
    internal sealed class ProjectFile
    {
        private ProjectFile(string path)
        {
            Path = path;
            Directory = System.IO.Path.GetDirectoryName(path)!;
        }

        public string Path { get; }

        public string Directory { get; }

        public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

        public string Sdk { get; private set; } = string.Empty;

        public bool ImplicitUsings { get; private set; }

        /// <summary>The project references as written: a path relative to the project, possibly through MSBuild properties.</summary>
        public List<string> ProjectReferences { get; } = new();

        public Dictionary<string, string?> PackageReferences { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Reads a project file; null (with a warning) when it is not readable XML, so its folder is analysed without it.</summary>
        public static ProjectFile? Read(string path, Action<string> warn)
        {
            var project = new ProjectFile(path);
            var document = Load(path, warn);
            if (document?.Root is null)
            {
                return null;
            }

            project.Sdk = (string?)document.Root.Attribute("Sdk") ?? string.Empty;
            var imported = FindAbove(project.Directory, "Directory.Build.props") is { } props ? Load(props, warn) : null;
            var versions = FindAbove(project.Directory, "Directory.Packages.props") is { } packages ? Load(packages, warn) : null;
            foreach (var source in new[] { imported, document })
            {
                if (source?.Root is null)
                {
                    continue;
                }

                if (Elements(source, "ImplicitUsings").LastOrDefault() is { } implicitUsings)
                {
                    project.ImplicitUsings = implicitUsings.Value.Trim() is "enable" or "true";
                }

                project.ReadReferences(source);
            }

            if (versions?.Root is not null)
            {
                foreach (var version in Elements(versions, "PackageVersion"))
                {
                    var id = (string?)version.Attribute("Include");
                    if (id is not null && project.PackageReferences.TryGetValue(id, out var current) && current is null)
                    {
                        project.PackageReferences[id] = (string?)version.Attribute("Version");
                    }
                }
            }

            return project;
        }

        private void ReadReferences(XDocument source)
        {
            foreach (var reference in Elements(source, "ProjectReference"))
            {
                var include = (string?)reference.Attribute("Include");
                if (!string.IsNullOrWhiteSpace(include))
                {
                    ProjectReferences.Add(include.Replace('\\', System.IO.Path.DirectorySeparatorChar));
                }
            }

            foreach (var reference in Elements(source, "PackageReference"))
            {
                var id = (string?)reference.Attribute("Include") ?? (string?)reference.Attribute("Update");
                if (!string.IsNullOrWhiteSpace(id))
                {
                    PackageReferences[id] = (string?)reference.Attribute("Version") ?? (string?)reference.Attribute("VersionOverride") ?? reference.Elements().FirstOrDefault(e => e.Name.LocalName == "Version")?.Value;
                }
            }
        }

        private static IEnumerable<XElement> Elements(XDocument document, string name) =>
            document.Descendants().Where(element => element.Name.LocalName == name);

        private static XDocument? Load(string path, Action<string> warn)
        {
            try
            {
                return XDocument.Load(path);
            }
            catch (Exception e) when (e is XmlException || FileErrors.IsFileError(e))
            {
                warn("could not read " + path + " (" + (e is XmlException ? e.Message : FileErrors.Describe(e)) + "); analysing without what it declares");
                return null;
            }
        }

        private static string? FindAbove(string directory, string fileName)
        {
            for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
            {
                var candidate = System.IO.Path.Combine(current.FullName, fileName);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }
    }
}
