using System;

namespace PhiGuard.Cli.Commands
{
    /// <summary>Where commands talk to the user: results on stdout, warnings and errors on stderr.</summary>
    internal static class ConsoleReporter
    {
        public static void Warn(string message) => Console.Error.WriteLine("phiguard: warning: " + message);

        public static void Error(string message) => Console.Error.WriteLine("phiguard: error: " + message);
    }
}
