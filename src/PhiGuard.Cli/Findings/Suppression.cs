namespace PhiGuard.Cli.Findings
{
    /// <summary>Why a finding does not count: where it was suppressed, and the justification if one was given.</summary>
    internal sealed record Suppression(SuppressionSource Source, string? Justification)
    {
        /// <summary>SARIF's kind: suppressed in the code itself, or outside it (a baseline, a policy exemption or approved sink).</summary>
        public bool IsInSource => Source is SuppressionSource.Pragma or SuppressionSource.SuppressMessage;
    }

    internal enum SuppressionSource
    {
        /// <summary><c>#pragma warning disable</c> around the code.</summary>
        Pragma,

        /// <summary><c>[SuppressMessage]</c> on the code or in a global suppressions file.</summary>
        SuppressMessage,

        /// <summary>A diagnostic suppressor, which is how policy exemptions are applied.</summary>
        Exemption,

        /// <summary>The finding's path goes through a sink the policy approves (<c>approvedSinks</c>).</summary>
        ApprovedSink,

        /// <summary>The finding is in the baseline given with <c>--baseline</c>.</summary>
        Baseline,
    }
}
