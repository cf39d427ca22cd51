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
                start.RegisterAdditionalFileAction(file => AnalyzePolicyFile(file, PackagePathOf(file.AdditionalFile, start.Options), state, today, expirySeverity));
            });
        }

        /// <summary>The name a policy package's file goes by (<c>package:&lt;id&gt;</c>), or null for a file of the project.</summary>
        private static string? PackagePathOf(AdditionalText file, AnalyzerOptions options)
        {
            if (!options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(AdditionalFilesPolicySource.PackageMetadata, out var packageId) || string.IsNullOrWhiteSpace(packageId))
            {
                return null;
            }

            var fileName = System.IO.Path.GetFileName(file.Path);
            var packagePath = PackagePolicyPaths.PathOf(packageId.Trim());
            return fileName == PackagePolicyPaths.PolicyFileName ? packagePath : packagePath + "/" + fileName;
        }

        /// <summary>
        /// Reports the problems and expired exemptions of one policy file where they are. A policy package's file is
        /// matched by its package name, and its messages start with <c>package:&lt;id&gt;:&lt;line&gt;</c>, which stays the same
        /// wherever the NuGet packages folder is.
        /// </summary>
        private static void AnalyzePolicyFile(AdditionalFileAnalysisContext context, string? packagePath, PolicyState state, DateTime today, DiagnosticSeverity? expirySeverity)
        {
            var path = AdditionalFilesPolicySource.Normalize(context.AdditionalFile.Path);
            var text = context.AdditionalFile.GetText(context.CancellationToken);
            if (text is null)
            {
                return;
            }

            bool InThisFile(SourcePosition position) => packagePath is null ? IsSameFile(position.Path, path) : position.Path == packagePath;
            string Prefix(SourcePosition position) => packagePath is null ? string.Empty : packagePath + ":" + position.Line + ": ";

            foreach (var problem in state.Problems.Where(p => InThisFile(p.Position)))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidPolicy, LocationOf(context.AdditionalFile.Path, text, problem.Position), Prefix(problem.Position) + problem.Message));
            }

            if (state.Policy is null || expirySeverity is null)
            {
                return;
            }

            foreach (var exemption in state.Policy.Exemptions.Where(e => e.IsExpiredOn(today) && InThisFile(e.Position)))
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

            foreach (var approval in state.Policy.ApprovedSinks.Where(a => a.IsExpiredOn(today) && InThisFile(a.Position)))
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
