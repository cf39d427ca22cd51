using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using PhiGuard.Analyzers.Rules;
using PhiGuard.CodeFixes.Editing;
using PhiGuard.CodeFixes.Storage;
using PhiGuard.Policy;

namespace PhiGuard.CodeFixes.Rules
{
    /// <summary>
    /// Fixes PHI003: an EF Core column gets an encrypting value converter the policy names; a value written to a
    /// file, cache, cookie or other store goes through Data Protection when a protector is in scope.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PHI003UnencryptedStorageFixer)), Shared]
    public sealed class PHI003UnencryptedStorageFixer : PhiGuardFixer
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UnencryptedStorage);

        internal override async Task<IReadOnlyList<FixOption>> FixesAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var site = await FindingSite.CreateAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
            if (site is null)
            {
                return System.Array.Empty<FixOption>();
            }

            if (site.Property(LeakAnalyzer.ContextProperty) is not null)
            {
                return EncryptedColumnFixes.For(document, site.Model.Compilation, site.Services, diagnostic).ToList();
            }

            var value = site.Expression;
            return value is null ? System.Array.Empty<FixOption>() : DataProtectionFixes.For(site, value, cancellationToken).ToList();
        }
    }
}
