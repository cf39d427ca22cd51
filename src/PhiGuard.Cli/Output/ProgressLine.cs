using System;

namespace PhiGuard.Cli.Output
{
    /// <summary>
    /// "projects done / total" on one line of stderr, redrawn in place, for people watching a long scan. Only when
    /// stderr is a terminal: logs and CI output stay free of it.
    /// </summary>
    internal sealed class ProgressLine
    {
        private readonly object _lock = new();
        private int _width;

        private ProgressLine()
        {
        }

        /// <summary>The progress callback, or null when stderr is redirected.</summary>
        public static Action<int, int>? ForStandardError() => Console.IsErrorRedirected ? null : new ProgressLine().Report;

        private void Report(int done, int total)
        {
            lock (_lock)
            {
                var line = "phiguard: analysing, " + done + "/" + total + " projects done";
                Console.Error.Write("\r" + line.PadRight(_width));
                _width = line.Length;
                if (done == total)
                {
                    Console.Error.Write("\r" + new string(' ', _width) + "\r");
                }
            }
        }
    }
}
