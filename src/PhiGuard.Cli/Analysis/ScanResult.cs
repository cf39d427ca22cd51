using System;
using System.Collections.Generic;
using System.Linq;
using PhiGuard.Cli.Findings;

namespace PhiGuard.Cli.Analysis
{
    /// <summary>Everything a scan found, and what it looked at.</summary>
    internal sealed class ScanResult
    {
        public required string Target { get; init; }

        public required ReportRoot Root { get; init; }

        public required IReadOnlyList<Finding> Findings { get; init; }

        public required IReadOnlyList<RuleInfo> Rules { get; init; }

        public required IReadOnlyList<UnitSummary> Units { get; init; }

        /// <summary>Problems met along the way (a project that did not load, an analyzer that failed), as one line each.</summary>
        public required IReadOnlyList<ToolNotification> Notifications { get; init; }

        public required TimeSpan Duration { get; init; }

        public string ToolVersion { get; init; } = AnalyzerCatalog.Default.Version;

        public int Files => Units.Sum(u => u.Files);

        public long Lines => Units.Sum(u => u.Lines);

        /// <summary>True when an analyzer failed or an input could not be read, so some code may not have been analysed.</summary>
        public bool Incomplete => Notifications.Any(n => n.IsError);

        /// <summary>Inputs (source files, folders) the scan could not read: its findings cannot be trusted to be all.</summary>
        public int UnreadInputs => Notifications.Count(n => n.IsUnreadInput);

        public IEnumerable<Finding> Active => Findings.Where(f => !f.IsSuppressed);

        public ScanResult WithFindings(IReadOnlyList<Finding> findings) => new()
        {
            Target = Target,
            Root = Root,
            Findings = findings,
            Rules = Rules,
            Units = Units,
            Notifications = Notifications,
            Duration = Duration,
            ToolVersion = ToolVersion,
        };
    }

    /// <summary>One analysed project or folder group.</summary>
    internal sealed record UnitSummary(string Name, string Directory, int Files, long Lines, string? PolicyPath, string PolicyOrigin);

    /// <summary>A problem the scan met, which is not a finding.</summary>
    internal sealed record ToolNotification(string Message, bool IsAnalyzerFailure, bool IsUnreadInput = false)
    {
        /// <summary>An analyzer failure or an unread input: either leaves the scan incomplete.</summary>
        public bool IsError => IsAnalyzerFailure || IsUnreadInput;
    }
}
