using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using PhiGuard.Policy;

namespace PhiGuard.CodeFixes.Rules
{
    /// <summary>Fixes PHI004 (exception messages): use an unprotected member of the same object, or a sanitizer.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PHI004ExceptionMessageLeakFixer)), Shared]
    public sealed class PHI004ExceptionMessageLeakFixer : ValueLeakFixer
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.ExceptionMessageLeak);
    }
}
