namespace PhiGuard.Cli
{
    /// <summary>What the process exit code tells a CI pipeline.</summary>
    internal static class ExitCodes
    {
        /// <summary>Nothing at or above the failure threshold (or the command succeeded).</summary>
        public const int Clean = 0;

        /// <summary>Findings at or above <c>--fail-on</c>, or failing policy tests.</summary>
        public const int Findings = 1;

        /// <summary>A usage or input error: the command could not do what it was asked.</summary>
        public const int InputError = 2;
    }
}
