using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using PhiGuard.Policy;

namespace PhiGuard.CodeFixes.Rules
{
    /// <summary>Fixes PHI001 (logs): use an unprotected member of the same object, or a sanitizer.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PHI001LogLeakFixer)), Shared]
    public sealed class PHI001LogLeakFixer : ValueLeakFixer
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.LogLeak);
    }
}
