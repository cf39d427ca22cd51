using System;

namespace PhiGuard.Cli
{
    /// <summary>
    /// A problem with what the user asked for (arguments, files, policy), reported as one line that says what is
    /// wrong and how to fix it, with exit code 2.
    /// </summary>
    internal sealed class InputException : Exception
    {
        public InputException(string message)
            : base(message)
        {
        }

        public InputException(string message, Exception inner)
            : base(message, inner)
        {
        }
    }
}
