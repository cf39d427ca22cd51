using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace PhiGuard.Cli.Tests.Support
{
    /// <summary>What a run of the tool did: its exit code and what it wrote to stdout and stderr.</summary>
    public sealed record ToolRun(int ExitCode, string Output, string Error)
    {
        public override string ToString() => "exit " + ExitCode + "\n--- stdout\n" + Output + "\n--- stderr\n" + Error;
    }

    /// <summary>Runs the built phiguard tool as a process, as a user or a CI step would: <c>dotnet PhiGuard.Cli.dll ...</c>.</summary>
    public static class PhiGuardTool
    {
        public static Task<ToolRun> RunAsync(string workingDirectory, params string[] arguments) =>
            RunProcessAsync("dotnet", new[] { RepositoryPaths.CliAssembly }.Concat(arguments), workingDirectory);

        /// <summary>Runs the tool with extra environment variables, such as <c>NUGET_PACKAGES</c>.</summary>
        public static Task<ToolRun> RunWithEnvironmentAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
            RunProcessAsync("dotnet", new[] { RepositoryPaths.CliAssembly }.Concat(arguments), workingDirectory, environment: environment);

        public static async Task<ToolRun> RunProcessAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, int timeoutSeconds = 300, IReadOnlyDictionary<string, string>? environment = null)
        {
            var start = new ProcessStartInfo(fileName)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            {
                start.Environment[name] = value;
            }

            using var process = new Process { StartInfo = start };
            var output = new StringBuilder();
            var error = new StringBuilder();
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(error, e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var exited = process.WaitForExitAsync();
            if (await Task.WhenAny(exited, Task.Delay(TimeSpan.FromSeconds(timeoutSeconds))).ConfigureAwait(false) != exited)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException(fileName + " " + string.Join(' ', start.ArgumentList) + " did not finish in " + timeoutSeconds + " s:\n" + output + error);
            }

            await exited.ConfigureAwait(false);
            process.WaitForExit();
            return new ToolRun(process.ExitCode, output.ToString(), error.ToString());
        }

        private static void Append(StringBuilder buffer, string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (buffer)
            {
                buffer.AppendLine(line);
            }
        }
    }
}
