using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using PhiGuard.Analyzers.Configuration;
using PhiGuard.Cli.Analysis.NoBuild;
using PhiGuard.Cli.Init;
using PhiGuard.Cli.Output;
using PhiGuard.Policy;

namespace PhiGuard.Cli.Commands
{
    /// <summary><c>phiguard init</c>: a starter phiguard.json, and the types in the code whose members look like PHI.</summary>
    internal static class InitCommand
    {
        public static Command Create()
        {
            var directory = new Argument<string>("dir") { Description = "Directory to write phiguard.json to (the repository root is a good place)", DefaultValueFactory = _ => "." };
            var pack = new Option<string?>("--pack") { Description = "Built-in pack to extend (default: the one that matches the code best; " + string.Join(", ", BuiltinPolicies.Names) + ")", HelpName = "NAME" };
            var force = new Option<bool>("--force") { Description = "Overwrite an existing phiguard.json" };
            var command = new Command("init", "Write a starter phiguard.json that extends a built-in pack, and list types whose members look like PHI") { directory, pack, force };
            command.SetAction(parse => Run(parse.GetValue(directory)!, parse.GetValue(pack), parse.GetValue(force)));
            return command;
        }

        private static int Run(string directory, string? pack, bool force)
        {
            var root = Path.GetFullPath(directory);
            if (!Directory.Exists(root))
            {
                throw new InputException("no such directory: " + directory + "; create it, or pass the directory to write phiguard.json to");
            }

            if (pack is not null && !BuiltinPolicies.Names.Contains(pack))
            {
                throw new InputException("unknown pack '" + pack + "'; use one of " + string.Join(", ", BuiltinPolicies.Names));
            }

            var target = Path.Combine(root, PolicyDiscovery.PolicyFileName);
            if (File.Exists(target) && !force)
            {
                throw new InputException(target + " already exists; edit it, or pass --force to replace it");
            }

            var (suggestions, memberNames) = PhiSuggestions.Find(SourceTree.Scan(root, ConsoleReporter.Warn).SourceFiles, root);
            var chosen = pack ?? PolicyStarter.ChoosePack(memberNames);
            AtomicFile.Write(target, PolicyStarter.Render(new DirectoryInfo(root).Name, chosen));
            Console.Out.WriteLine("Wrote " + target + " (extends " + PolicyReference.BuiltinPrefix + chosen + ").");
            if (suggestions.Count == 0)
            {
                Console.Out.WriteLine("No type has members named like PHI; add the types that hold patient data to \"protected\".");
                return ExitCodes.Clean;
            }

            Console.Out.WriteLine("These types have members that look like PHI; add the ones that hold patient data to \"protected\":");
            foreach (var suggestion in suggestions)
            {
                Console.Out.WriteLine("  " + PolicyStarter.Entry(suggestion) + "    (" + suggestion.File + ":" + suggestion.Line + ")");
            }

            return ExitCodes.Clean;
        }
    }
}
