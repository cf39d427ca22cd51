using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PhiGuard.Analyzers.Approvals;
using PhiGuard.Analyzers.Configuration;
using PhiGuard.Analyzers.Diagnostics;

namespace PhiGuard.Analyzers.Rules
{
    /// <summary>
    /// Honours the policy's <c>approvedSinks</c>: a leak finding whose path to its sink calls an approved method (the
    /// sink itself, or a method the data passes on its way there) is suppressed for the rules the approval lists, while
    /// it lasts. The compiler records each suppression with the approval's justification, so it shows in SARIF and build
    /// logs instead of vanishing. The leak rules name the calls on each finding's path in its properties.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ApprovedSinkSuppressor : DiagnosticSuppressor
    {
        public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions => ApprovedSinkSuppressions.Declared;

        public override void ReportSuppressions(SuppressionAnalysisContext context)
        {
            var policy = PolicyDiscovery.Load(context.Options, context.CancellationToken).Policy;
            if (policy is null || policy.ApprovedSinks.Count == 0)
            {
                return;
            }

            var active = new ActiveApprovals(policy, BuildDate.Today(context.Options));
            if (active.IsEmpty)
            {
                return;
            }

            foreach (var diagnostic in context.ReportedDiagnostics)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (!diagnostic.Properties.TryGetValue(LeakAnalyzer.CallsProperty, out var calls) || string.IsNullOrEmpty(calls))
                {
                    continue;
                }

                var approval = active.Approving(diagnostic.Id, calls!.Split(LeakAnalyzer.CallSeparator));
                if (approval is not null)
                {
                    context.ReportSuppression(Suppression.Create(ApprovedSinkSuppressions.For(diagnostic.Id, approval), diagnostic));
                }
            }
        }
    }
}
