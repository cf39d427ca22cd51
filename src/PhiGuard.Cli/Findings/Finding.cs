using System.Collections.Generic;

namespace PhiGuard.Cli.Findings
{
    /// <summary>One diagnostic of a PhiGuard rule, as every report format shows it.</summary>
    internal sealed record Finding
    {
        public required string RuleId { get; init; }

        public required FindingLevel Level { get; init; }

        public required string Message { get; init; }

        public required SourceRange Location { get; init; }

        /// <summary>The project (or, without a build, the folder group) the finding was reported in.</summary>
        public required string Project { get; init; }

        /// <summary>The protected symbol, such as <c>Patient.Ssn</c>, when the rule names one.</summary>
        public string? Subject { get; init; }

        /// <summary>The policy entry that protects <see cref="Subject"/>, such as <c>name:*ssn*</c>.</summary>
        public string? Selector { get; init; }

        /// <summary>The sink, with the calls that lead to it.</summary>
        public string? Sink { get; init; }

        /// <summary>The method or member the finding lies in, such as <c>Contoso.Api.PatientsController.Get</c>.</summary>
        public string? Member { get; init; }

        /// <summary>Where the protected value goes on its way to the sink.</summary>
        public IReadOnlyList<SourceRange> Flow { get; init; } = System.Array.Empty<SourceRange>();

        /// <summary>Identifies the finding across edits that move lines; see <see cref="Fingerprints"/>.</summary>
        public string Fingerprint { get; init; } = string.Empty;

        public Suppression? Suppression { get; init; }

        public bool IsSuppressed => Suppression is not null;
    }
}
