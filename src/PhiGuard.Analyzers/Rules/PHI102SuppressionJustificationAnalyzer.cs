using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PhiGuard.Analyzers.Diagnostics;
using PhiGuard.Analyzers.Flow;
using PhiGuard.Analyzers.Rules.Suppressions;

namespace PhiGuard.Analyzers.Rules
{
    /// <summary>
    /// PHI102: a suppression of a PhiGuard rule — <c>[SuppressMessage]</c> with category PhiGuard or a PHI0xx id, or
    /// <c>#pragma warning disable PHI0xx</c> — must say why, so a reviewer can audit it: a Justification, or a comment
    /// on the pragma's line, that is neither empty nor a placeholder.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PHI102SuppressionJustificationAnalyzer : DiagnosticAnalyzer
    {
        private const string SuppressMessageAttribute = "System.Diagnostics.CodeAnalysis.SuppressMessageAttribute";
        private const string JustificationArgument = "Justification";

        private static DiagnosticDescriptor Descriptor => DiagnosticDescriptors.SuppressionWithoutJustification;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var policy = FlowContext.For(start.Compilation, start.Options, start.CancellationToken).Policy;
                var severity = policy is null ? Descriptor.DefaultSeverity : RuleSeverities.Resolve(policy, Descriptor, start.Compilation, start.CancellationToken);
                if (severity is null)
                {
                    return;
                }

                start.RegisterSyntaxTreeAction(tree => AnalyzePragmas(tree, severity.Value));
                var attribute = start.Compilation.GetTypeByMetadataName(SuppressMessageAttribute);
                if (attribute is not null)
                {
                    start.RegisterSyntaxNodeAction(node => AnalyzeAttribute(node, attribute, severity.Value), SyntaxKind.Attribute);
                }
            });
        }

        private static void AnalyzePragmas(SyntaxTreeAnalysisContext context, DiagnosticSeverity severity)
        {
            var root = context.Tree.GetRoot(context.CancellationToken);
            if (!root.ContainsDirectives)
            {
                return;
            }

            foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: false))
            {
                if (trivia.GetStructure() is not PragmaWarningDirectiveTriviaSyntax pragma || !pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword))
                {
                    continue;
                }

                var ids = pragma.ErrorCodes.Select(code => code.ToString()).Where(PhiGuardRuleIds.IsLeakRule).ToList();
                if (ids.Count == 0 || !Justifications.IsMissing(CommentOf(pragma)))
                {
                    continue;
                }

                var span = TextSpan.FromBounds(pragma.HashToken.SpanStart, pragma.ErrorCodes.Last().Span.End);
                context.ReportDiagnostic(Create(Location.Create(context.Tree, span), severity, "#pragma warning disable", ids));
            }
        }

        /// <summary>The text of the comment on the pragma's own line, or null.</summary>
        private static string? CommentOf(PragmaWarningDirectiveTriviaSyntax pragma)
        {
            var comment = pragma.DescendantTrivia().FirstOrDefault(trivia => trivia.IsKind(SyntaxKind.SingleLineCommentTrivia));
            return comment.IsKind(SyntaxKind.SingleLineCommentTrivia) ? comment.ToString().Substring(2) : null;
        }

        private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, INamedTypeSymbol suppressMessage, DiagnosticSeverity severity)
        {
            var attribute = (AttributeSyntax)context.Node;
            var arguments = attribute.ArgumentList?.Arguments;
            if (arguments is null || arguments.Value.Count < 2
                || context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol constructor
                || !SymbolEqualityComparer.Default.Equals(constructor.ContainingType, suppressMessage))
            {
                return;
            }

            var positional = arguments.Value.Where(argument => argument.NameEquals is null).ToList();
            var category = positional.Count > 0 ? ConstantText(context, positional[0]) : null;
            var checkId = positional.Count > 1 ? ConstantText(context, positional[1]) : null;
            if (!PhiGuardRuleIds.IsCategory(category) && !PhiGuardRuleIds.IsLeakRule(checkId))
            {
                return;
            }

            var justification = arguments.Value.FirstOrDefault(argument => argument.NameEquals?.Name.Identifier.ValueText == JustificationArgument);
            if (justification is null || Justifications.IsMissing(ConstantText(context, justification)))
            {
                context.ReportDiagnostic(Create(attribute.GetLocation(), severity, "[SuppressMessage]", new[] { checkId ?? category ?? string.Empty }));
            }
        }

        private static string? ConstantText(SyntaxNodeAnalysisContext context, AttributeArgumentSyntax argument) =>
            context.SemanticModel.GetConstantValue(argument.Expression, context.CancellationToken) is { HasValue: true, Value: string text } ? text : null;

        private static Diagnostic Create(Location location, DiagnosticSeverity severity, string form, IEnumerable<string> ids) =>
            Diagnostic.Create(Descriptor, location, severity, additionalLocations: null, properties: null, form, string.Join(", ", ids));
    }
}
