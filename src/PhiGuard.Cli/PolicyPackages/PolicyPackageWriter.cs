using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using PhiGuard.Policy;

namespace PhiGuard.Cli.PolicyPackages
{
    /// <summary>
    /// Writes a policy package (.nupkg): the policy files under <c>phiguard/</c>, and <c>buildTransitive/&lt;id&gt;.props</c>
    /// that makes them AdditionalFiles of the consuming project with the metadata <c>PhiGuardPolicyPackage</c> set to
    /// the package id, which is how the analyzers resolve <c>package:&lt;id&gt;</c>. A development dependency, so the
    /// policy does not flow to the consumers of the consuming project.
    /// </summary>
    internal static class PolicyPackageWriter
    {
        private static readonly XNamespace Nuspec = "http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd";
        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        public static byte[] Write(string id, string version, IReadOnlyDictionary<string, string> policyFiles)
        {
            using var buffer = new MemoryStream();
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                Add(zip, id + ".nuspec", Manifest(id, version));
                foreach (var (name, text) in policyFiles)
                {
                    Add(zip, PackagePolicyPaths.Folder + "/" + name, text);
                }

                Add(zip, "buildTransitive/" + id + ".props", Props(id));
                Add(zip, "[Content_Types].xml", ContentTypes());
                Add(zip, "_rels/.rels", Relationships(id));
            }

            return buffer.ToArray();
        }

        /// <summary>The props a consuming project imports, restore writes them into its nuget.g.props.</summary>
        public static string Props(string id) =>
            new XDocument(
                new XComment(" PhiGuard policy files: a phiguard.json that extends this package names it as package:<PackageId>. "),
                new XElement(
                    "Project",
                    new XElement(
                        "ItemGroup",
                        new XElement(
                            "AdditionalFiles",
                            new XAttribute("Include", "$(MSBuildThisFileDirectory)../" + PackagePolicyPaths.Folder + "/*.json"),
                            new XAttribute("PhiGuardPolicyPackage", id))))).ToString();

        private static string Manifest(string id, string version)
        {
            var manifest = new XDocument(
                new XDeclaration("1.0", "utf-8", null),
                new XElement(
                    Nuspec + "package",
                    new XElement(
                        Nuspec + "metadata",
                        new XElement(Nuspec + "id", id),
                        new XElement(Nuspec + "version", version),
                        new XElement(Nuspec + "authors", id),
                        new XElement(Nuspec + "description", "The PhiGuard policy " + id + ": extend it with \"package:" + id + "\" in phiguard.json."),
                        new XElement(Nuspec + "developmentDependency", "true"),
                        new XElement(Nuspec + "tags", "phiguard policy"))));
            return manifest.Declaration + "\n" + manifest.Root;
        }

        private static string ContentTypes()
        {
            XNamespace types = "http://schemas.openxmlformats.org/package/2006/content-types";
            var root = new XElement(types + "Types");
            foreach (var (extension, type) in new[] { ("rels", "application/vnd.openxmlformats-package.relationships+xml"), ("nuspec", "application/octet"), ("json", "application/octet"), ("props", "application/octet") })
            {
                root.Add(new XElement(types + "Default", new XAttribute("Extension", extension), new XAttribute("ContentType", type)));
            }

            return root.ToString();
        }

        private static string Relationships(string id)
        {
            XNamespace relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
            return new XElement(
                relationships + "Relationships",
                new XElement(
                    relationships + "Relationship",
                    new XAttribute("Type", "http://schemas.microsoft.com/packaging/2010/07/manifest"),
                    new XAttribute("Target", "/" + id + ".nuspec"),
                    new XAttribute("Id", "Rmanifest"))).ToString();
        }

        private static void Add(ZipArchive zip, string name, string text)
        {
            var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
            using var stream = entry.Open();
            var bytes = Utf8.GetBytes(text);
            stream.Write(bytes, 0, bytes.Length);
        }
    }
}
