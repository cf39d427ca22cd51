using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.Linq;
using System.Threading.Tasks;
using PhiGuard.Cli.Commands;

namespace PhiGuard.Cli
{
    /// <summary>
    /// The phiguard command line. Exit codes: 0 clean, 1 findings (or failing policy tests), 2 a usage or input
    /// error, reported as one line that says what to fix.
    /// </summary>
    internal static class CliApplication
    {
        public const string ToolName = "phiguard";

        public static async Task<int> RunAsync(string[] args)
        {
            // A RootCommand takes its name from the file that was started (PhiGuard.Cli under `dotnet run` or
            // `dotnet PhiGuard.Cli.dll`), and help prints that name; the tool is called phiguard however it starts.
            var root = new Command(ToolName, "PhiGuard: find protected health information that leaks into logs, serializers, storage, exceptions, telemetry and URLs")
            {
                new HelpOption(),
                new VersionOption(),
                ScanCommand.Create(),
                BaselineCommand.Create(),
                PolicyCommand.Create(),
                InitCommand.Create(),
                InventoryCommand.Create(),
            };
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                var command = parse.CommandResult.Command == root ? ToolName : ToolName + " " + parse.CommandResult.Command.Name;
                var message = parse.UnmatchedTokens.Count > 0
                    ? "unknown command or option '" + parse.UnmatchedTokens[0] + "'"
                    : string.Join(' ', parse.Errors[0].Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');
                ConsoleReporter.Error(message + "; run '" + command + " --help' for usage");
                return ExitCodes.InputError;
            }

            try
            {
                return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
            }
            catch (InputException e)
            {
                ConsoleReporter.Error(e.Message);
                return ExitCodes.InputError;
            }
            catch (OperationCanceledException)
            {
                ConsoleReporter.Error("cancelled");
                return ExitCodes.InputError;
            }
        }
    }
}
