using System.Collections.Generic;

namespace PhiGuard.Cli.PolicyTesting
{
    /// <summary>The result of one snippet: passed, or every way it failed.</summary>
    internal sealed record SnippetOutcome(string Path, IReadOnlyList<string> Failures)
    {
        public bool Passed => Failures.Count == 0;
    }
}
