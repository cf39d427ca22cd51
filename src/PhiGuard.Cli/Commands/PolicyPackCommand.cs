using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using PhiGuard.Cli.Output;
using PhiGuard.Cli.PolicyPackages;
using PhiGuard.Policy;

namespace PhiGuard.Cli.Commands
{
    /// <summary>
    /// <c>phiguard policy pack &lt;dir&gt; --id &lt;PackageId&gt; --version &lt;v&gt;</c>: a security team's policy as a NuGet package,
    /// which repositories adopt with a PackageReference and <c>"extends": ["package:&lt;PackageId&gt;"]</c>.
    /// </summary>
    internal static class PolicyPackCommand
    {
        public static Command Create()
        {
            var directory = new Argument<string>("dir") { Description = "Folder holding policy.json and the files it extends beside it" };
            var id = new Option<string>("--id") { Description = "The package id, such as Contoso.Security.Policy", HelpName = "PackageId", Required = true };
            var version = new Option<string>("--version") { Description = "The package version, such as 1.2.0", HelpName = "VERSION", Required = true };
            var output = new Option<string?>("--output") { Description = "Folder to write <PackageId>.<version>.nupkg to (default: the current directory)", HelpName = "FOLDER" };
            var command = new Command("pack", "Validate a folder's policy.json and make it a policy package; exit 2 listing every problem at its file, line and column") { directory, id, version, output };
            command.SetAction(parse => Run(parse.GetRequiredValue(directory), parse.GetRequiredValue(id), parse.GetRequiredValue(version), parse.GetValue(output)));
            return command;
        }

        private static int Run(string directory, string id, string version, string? output)
        {
            if (!PackagePolicyPaths.IsValidPackageId(id))
            {
                throw new InputException("'" + id + "' is not a package id; use letters, digits, '.', '_' and '-', such as Contoso.Security.Policy");
            }

            if (!PackageVersion.IsValid(version))
            {
                throw new InputException("'" + version + "' is not a package version; use major.minor.patch with an optional -prerelease, such as 1.2.0 or 2.0.0-rc.1");
            }

            var folder = Path.GetFullPath(directory);
            var policyFile = Path.Combine(folder, PackagePolicyPaths.PolicyFileName);
            if (!File.Exists(policyFile))
            {
                throw new InputException("no " + PackagePolicyPaths.PolicyFileName + " in " + directory + "; a policy package ships its policy as policy.json, with the files it extends beside it");
            }

            var packagesFolder = NuGetPackagesFolder.ForCurrentUser();
            var source = new FolderPackageSource(folder, id, new PolicyPackageLocator(new[] { PackageReferences.OfProjectsBelow(folder, packagesFolder) }, packagesFolder, newestWhenUnreferenced: true));
            var root = PackagePolicyPaths.PathOf(id);
            var text = source.ReadPackageFile(id, PackagePolicyPaths.PolicyFileName)
                ?? throw new InputException("cannot read " + policyFile + "; check that the file is readable");
            var result = PolicyLoader.Load(root, text, source);
            if (result.Policy is null)
            {
                foreach (var problem in result.Problems.OrderBy(p => p.Position.Path, StringComparer.Ordinal).ThenBy(p => p.Position.Line).ThenBy(p => p.Position.Column))
                {
                    Console.Out.WriteLine(source.DiskPathOf(problem.Position.Path) + ":" + problem.Position.Line + ":" + problem.Position.Column + ": error " + RuleIdentifiers.InvalidPolicy + ": " + problem.Message);
                }

                Console.Out.WriteLine(policyFile + ": invalid, " + Reports.ScanSummary.Count(result.Problems.Count, "problem") + "; nothing was packed");
                return ExitCodes.InputError;
            }

            var target = Path.Combine(Path.GetFullPath(output ?? "."), id + "." + version.ToLowerInvariant() + ".nupkg");
            AtomicFile.Write(target, PolicyPackageWriter.Write(id, version, source.OwnFiles));
            Console.Out.WriteLine("wrote " + target + ": " + string.Join(", ", source.OwnFiles.Keys.Select(name => PackagePolicyPaths.Folder + "/" + name))
                + "; adopt it with <PackageReference Include=\"" + id + "\" Version=\"" + version + "\" /> and \"extends\": [\"package:" + id + "\"]");
            return ExitCodes.Clean;
        }
    }
}
