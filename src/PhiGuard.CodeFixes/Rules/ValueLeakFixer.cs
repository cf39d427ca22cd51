using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PhiGuard.CodeFixes.Editing;
using PhiGuard.CodeFixes.Values;

namespace PhiGuard.CodeFixes.Rules
{
    /// <summary>
    /// The fixes of a rule that flags a value at its sink (a log, an exception, telemetry, a URL): use a member of
    /// the same object the policy leaves unprotected, or pass the value through a sanitizer. Each rule's fixer
    /// names its rule and nothing else.
    /// </summary>
    public abstract class ValueLeakFixer : PhiGuardFixer
    {
        internal override async Task<IReadOnlyList<FixOption>> FixesAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var site = await FindingSite.CreateAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
            var value = site?.Expression;
            if (site is null || value is null)
            {
                return System.Array.Empty<FixOption>();
            }

            return UnprotectedMemberFixes.For(site, value, cancellationToken)
                .Concat(SanitizerFixes.For(site, value, cancellationToken))
                .ToList();
        }
    }
}
