using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using PhiGuard.Policy;

namespace PhiGuard.CodeFixes.Rules
{
    /// <summary>Fixes PHI006 (URLs): use an unprotected member of the same object, or a sanitizer.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PHI006UrlLeakFixer)), Shared]
    public sealed class PHI006UrlLeakFixer : ValueLeakFixer
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UrlLeak);
    }
}
