using Microsoft.CodeAnalysis;

namespace PhiGuard.Cli.Findings
{
    /// <summary>A finding's severity, with SARIF's names.</summary>
    internal enum FindingLevel
    {
        None,
        Note,
        Warning,
        Error,
    }

    internal static class FindingLevels
    {
        public static FindingLevel From(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => FindingLevel.Error,
            DiagnosticSeverity.Warning => FindingLevel.Warning,
            DiagnosticSeverity.Info => FindingLevel.Note,
            _ => FindingLevel.None,
        };

        public static string Name(this FindingLevel level) => level switch
        {
            FindingLevel.Error => "error",
            FindingLevel.Warning => "warning",
            FindingLevel.Note => "note",
            _ => "none",
        };
    }
}
