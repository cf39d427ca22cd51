using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PhiGuard.Analyzers.Configuration;
using PhiGuard.Analyzers.Diagnostics;
using PhiGuard.Analyzers.Exemptions;

namespace PhiGuard.Analyzers.Rules
{
    /// <summary>
    /// Honours the policy's <c>exemptions</c>: a leak finding inside an exemption's scope (a namespace, type or member)
    /// is suppressed while the exemption lasts. The compiler records each suppression with its justification, so it
    /// shows in SARIF (<c>-p:ErrorLog=...</c>) and build logs instead of vanishing.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ExemptionSuppressor : DiagnosticSuppressor
    {
        public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions => ExemptionSuppressions.Declared;

        public override void ReportSuppressions(SuppressionAnalysisContext context)
        {
            var policy = PolicyDiscovery.Load(context.Options, context.CancellationToken).Policy;
            if (policy is null || policy.Exemptions.Count == 0)
            {
                return;
            }

            var active = new ActiveExemptions(policy, BuildDate.Today(context.Options));
            if (active.IsEmpty)
            {
                return;
            }

            // The compiler hands over only diagnostics of the rules the declared suppressions name: PHI001-PHI006.
            foreach (var diagnostic in context.ReportedDiagnostics)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var tree = diagnostic.Location.SourceTree;
                if (tree is null || !context.Compilation.ContainsSyntaxTree(tree))
                {
                    continue;
                }

                var names = EnclosingNames.At(context.GetSemanticModel(tree), diagnostic.Location.SourceSpan.Start);
                var exemption = active.Covering(diagnostic.Id, names);
                if (exemption is not null)
                {
                    context.ReportSuppression(Suppression.Create(ExemptionSuppressions.For(diagnostic.Id, exemption), diagnostic));
                }
            }
        }
    }
}
