using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PhiGuard.Analyzers.Configuration;
using PhiGuard.Analyzers.Diagnostics;
using PhiGuard.Analyzers.Flow;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Rules
{
    /// <summary>
    /// PHI100: the policy is invalid (reported at each problem's line and column in the policy file, so the
    /// build fails and the leak rules stay off until it is fixed). PHI101: an exemption or an approved sink has expired.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PolicyAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.InvalidPolicy,
            DiagnosticDescriptors.PolicyFileNotProvided,
            DiagnosticDescriptors.ExpiredExemption,
            DiagnosticDescriptors.ExpiredApprovedSink);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var state = FlowContext.For(start.Compilation, start.Options, start.CancellationToken).PolicyState;
                if (state.ProblemWithoutLocation is not null)
                {
                    var message = state.ProblemWithoutLocation;
                    start.RegisterCompilationEndAction(end => end.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.PolicyFileNotProvided, Location.None, message)));
                }

                var today = BuildDate.Today(start.Options);
                var expirySeverity = state.Policy is null ? null : RuleSeverities.Resolve(state.Policy, DiagnosticDescriptors.ExpiredExemption, start.Compilation, start.CancellationToken);
                start.RegisterAdditionalFileAction(file => AnalyzePolicyFile(file, state, today, expirySeverity));
            });
        }

        private static void AnalyzePolicyFile(AdditionalFileAnalysisContext context, PolicyState state, DateTime today, DiagnosticSeverity? expirySeverity)
        {
            var path = AdditionalFilesPolicySource.Normalize(context.AdditionalFile.Path);
            var text = context.AdditionalFile.GetText(context.CancellationToken);
            if (text is null)
            {
                return;
            }

            foreach (var problem in state.Problems.Where(p => IsSameFile(p.Position.Path, path)))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidPolicy, LocationOf(context.AdditionalFile.Path, text, problem.Position), problem.Message));
            }

            if (state.Policy is null || expirySeverity is null)
            {
                return;
            }

            foreach (var exemption in state.Policy.Exemptions.Where(e => e.IsExpiredOn(today) && IsSameFile(e.Position.Path, path)))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.ExpiredExemption,
                    LocationOf(context.AdditionalFile.Path, text, exemption.Position),
                    expirySeverity.Value,
                    additionalLocations: null,
                    properties: null,
                    exemption.Rule,
                    exemption.Scope,
                    exemption.Expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }

            foreach (var approval in state.Policy.ApprovedSinks.Where(a => a.IsExpiredOn(today) && IsSameFile(a.Position.Path, path)))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.ExpiredApprovedSink,
                    LocationOf(context.AdditionalFile.Path, text, approval.Position),
                    expirySeverity.Value,
                    additionalLocations: null,
                    properties: null,
                    approval.Sink,
                    approval.Rules.Count == 0 ? "every leak rule" : string.Join(", ", approval.Rules),
                    approval.Expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }
        }

        private static bool IsSameFile(string policyPath, string normalizedPath) =>
            !policyPath.StartsWith(PolicyReference.BuiltinPrefix, StringComparison.Ordinal)
            && PolicyLoader.PathComparer.Equals(AdditionalFilesPolicySource.Normalize(policyPath), normalizedPath);

        /// <summary>A location from the problem's position to the end of its line, so editors underline the offending entry.</summary>
        private static Location LocationOf(string path, SourceText text, SourcePosition position)
        {
            var lineIndex = Math.Min(Math.Max(position.Line - 1, 0), Math.Max(text.Lines.Count - 1, 0));
            var line = text.Lines[lineIndex];
            var column = Math.Min(Math.Max(position.Column - 1, 0), line.Span.Length);
            var start = line.Start + column;
            var end = Math.Max(start, line.Start + line.ToString().TrimEnd().Length);
            var span = TextSpan.FromBounds(start, end);
            return Location.Create(path, span, new LinePositionSpan(new LinePosition(lineIndex, column), new LinePosition(lineIndex, end - line.Start)));
        }
    }
}
