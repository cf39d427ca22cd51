namespace PhiGuard.Cli.Analysis
{
    /// <summary>What to analyse, and how.</summary>
    internal sealed record ScanRequest(string Target, string? PolicyPath, bool NoBuild);
}
