using System;
using System.CommandLine;
using System.Linq;
using PhiGuard.Cli.Inventory;
using PhiGuard.Cli.Output;

namespace PhiGuard.Cli.Commands
{
    /// <summary>
    /// <c>phiguard inventory merge &lt;files...&gt; --output org.html</c>: an organisation's data map from the inventory JSON
    /// that each repository's CI job wrote. It reads only those files; the scans run on the CI agents.
    /// </summary>
    internal static class InventoryMergeCommand
    {
        public static Command Create()
        {
            var files = new Argument<string[]>("files") { Description = "Inventory JSON files (phiguard inventory --format json), one per repository", Arity = ArgumentArity.OneOrMore };
            var output = new Option<string>("--output", "-o") { Description = "HTML page to write (default: phiguard-org-inventory.html)", HelpName = "FILE", DefaultValueFactory = _ => "phiguard-org-inventory.html" };
            var command = new Command("merge", "Merge the inventory JSON of many repositories into one page: which repositories hold which protected types, where they flow, the exemptions each relies on and which expire soon") { files, output };
            command.SetAction(parse => Run(parse.GetRequiredValue(files), parse.GetRequiredValue(output)));
            return command;
        }

        private static int Run(string[] files, string output)
        {
            var inventories = files.Select(InventoryFileReader.Read).ToList();
            var twice = inventories.GroupBy(i => i.Repository, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (twice is not null)
            {
                throw new InputException("the repository '" + twice.Key + "' is in " + string.Join(" and ", twice.Select(i => i.File)) + "; pass one inventory per repository, or name them with 'phiguard inventory --repository NAME'");
            }

            AtomicFile.Write(output, OrgInventoryHtml.Render(inventories.OrderBy(i => i.Repository, StringComparer.Ordinal).ToList(), DateTime.UtcNow.Date));
            Console.Out.WriteLine("PhiGuard: data map of " + Reports.ScanSummary.Count(inventories.Count, "repository", "repositories") + " written to " + output);
            return ExitCodes.Clean;
        }
    }
}
