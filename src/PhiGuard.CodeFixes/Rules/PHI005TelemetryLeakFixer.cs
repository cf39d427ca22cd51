using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using PhiGuard.Policy;

namespace PhiGuard.CodeFixes.Rules
{
    /// <summary>Fixes PHI005 (telemetry): use an unprotected member of the same object, or a sanitizer.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PHI005TelemetryLeakFixer)), Shared]
    public sealed class PHI005TelemetryLeakFixer : ValueLeakFixer
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.TelemetryLeak);
    }
}
