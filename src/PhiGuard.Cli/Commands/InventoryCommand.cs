using System;
using System.CommandLine;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PhiGuard.Cli.Analysis;
using PhiGuard.Cli.Inventory;
using PhiGuard.Cli.Output;
using PhiGuard.Cli.Reports;

namespace PhiGuard.Cli.Commands
{
    /// <summary><c>phiguard inventory</c>: the PHI data map, as a self-contained HTML page or as JSON.</summary>
    internal static class InventoryCommand
    {
        public static Command Create()
        {
            var scan = new ScanOptions("Solution, C# project or directory to map");
            var format = EnumOption.Create("--format", "Inventory format", InventoryFormat.Html);
            var output = new Option<string?>("--output", "-o") { Description = "File to write (default: phiguard-inventory.html or .json)", HelpName = "FILE" };
            var repository = new Option<string?>("--repository") { Description = "The repository's name in an organisation's data map (default: the folder of the git checkout)", HelpName = "NAME" };
            var command = new Command("inventory", "Map every protected type and member, where it is declared, and every place it reaches a log, serializer, store, exception, telemetry or URL");
            scan.AddTo(command);
            command.Add(format);
            command.Add(output);
            command.Add(repository);
            command.Add(InventoryMergeCommand.Create());
            command.SetAction((parse, cancellationToken) => RunAsync(scan.Read(parse), parse.GetValue(format), parse.GetValue(output), parse.GetValue(repository), cancellationToken));
            return command;
        }

        private static async Task<int> RunAsync(ScanRequest request, InventoryFormat format, string? output, string? repository, CancellationToken cancellationToken)
        {
            var path = output ?? (format == InventoryFormat.Json ? "phiguard-inventory.json" : "phiguard-inventory.html");
            var collector = new InventoryCollector();
            var scanner = new CodeBaseScanner(ConsoleReporter.Warn, ConsoleReporter.Error, ProgressLine.ForStandardError()) { Inspect = collector.Collect };
            var result = await scanner.ScanAsync(request, cancellationToken).ConfigureAwait(false);
            var model = new InventoryModel(result, collector.Symbols, collector.ApprovedSinks, repository ?? RepositoryName.Of(result.Target), collector.Exemptions);
            AtomicFile.Write(path, format == InventoryFormat.Json ? InventoryJson.Render(model) : InventoryHtml.Render(model));
            Console.Out.WriteLine("PhiGuard: inventory of " + ScanSummary.Count(model.Symbols.Count, "protected symbol") + " and " + ScanSummary.Count(result.Active.Count(), "flow") + " into sinks written to " + path);
            return ExitCodes.Clean;
        }

        private enum InventoryFormat
        {
            Html,
            Json,
        }
    }
}
