using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PhiGuard.Analyzers.Diagnostics;
using PhiGuard.Analyzers.Rules.Suppressions;
using PhiGuard.CodeFixes.Editing;
using PhiGuard.Policy;

namespace PhiGuard.CodeFixes.Rules
{
    /// <summary>
    /// Every leak rule: suppress the finding on its enclosing member with <c>[SuppressMessage]</c> and a justification
    /// placeholder. The placeholder keeps the suppression visible: PHI102 reports it until someone writes why.
    /// (A policy exemption is the auditable alternative, but it lives in phiguard.json, which a fix cannot edit.)
    /// Fix All suppresses in a document or a project; in the solution it changes nothing (see
    /// <see cref="SuppressionFixAllProvider"/>), so <c>dotnet format analyzers</c> applies only the real fixes.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LeakSuppressionFixer)), Shared]
    public sealed class LeakSuppressionFixer : PhiGuardFixer
    {
        private const string SuppressMessageAttribute = "System.Diagnostics.CodeAnalysis.SuppressMessageAttribute";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = RuleIdentifiers.LeakRuleBySink.Values.OrderBy(id => id).ToImmutableArray();

        private static readonly FixAllProvider FixAll = new SuppressionFixAllProvider();

        public static string EquivalenceKeyFor(string ruleId) => "PhiGuard.Suppress." + ruleId;

        public override FixAllProvider GetFixAllProvider() => FixAll;

        internal override async Task<IReadOnlyList<FixOption>> FixesAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var attribute = model?.Compilation.GetTypeByMetadataName(SuppressMessageAttribute);
            if (root is null || attribute is null || !diagnostic.Location.IsInSource)
            {
                return System.Array.Empty<FixOption>();
            }

            var member = EnclosingMember(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true));
            if (member is null)
            {
                return System.Array.Empty<FixOption>();
            }

            var id = diagnostic.Id;
            var fix = FixOption.InDocument(
                "Suppress " + id + " on '" + NameOf(member) + "' with a justification",
                EquivalenceKeyFor(id),
                document.Id,
                editor => editor.ReplaceNode(member, (current, generator) =>
                {
                    if (Attributes.Has(current, SuppressMessageAttribute, "\"" + id + "\""))
                    {
                        return current;
                    }

                    var list = Attributes.List(
                        generator,
                        attribute,
                        null,
                        generator.AttributeArgument(generator.LiteralExpression(DescriptorFactory.Category)),
                        generator.AttributeArgument(generator.LiteralExpression(id)),
                        generator.AttributeArgument("Justification", generator.LiteralExpression(Justifications.Placeholder)));
                    return generator.AddAttributes(current, list);
                }));
            return new[] { fix };
        }

        /// <summary>The member the suppression goes on: a method, constructor, accessor's property, field or event; a type for findings outside any member.</summary>
        private static SyntaxNode? EnclosingMember(SyntaxNode node)
        {
            var member = node.AncestorsAndSelf().FirstOrDefault(ancestor =>
                ancestor is BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax or BaseFieldDeclarationSyntax);
            return member ?? node.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault();
        }

        private static string NameOf(SyntaxNode member) => member switch
        {
            MethodDeclarationSyntax method => method.Identifier.ValueText,
            ConstructorDeclarationSyntax constructor => constructor.Identifier.ValueText,
            PropertyDeclarationSyntax property => property.Identifier.ValueText,
            EventDeclarationSyntax @event => @event.Identifier.ValueText,
            BaseFieldDeclarationSyntax field => string.Join(", ", field.Declaration.Variables.Select(v => v.Identifier.ValueText)),
            TypeDeclarationSyntax type => type.Identifier.ValueText,
            _ => member.IsKind(SyntaxKind.IndexerDeclaration) ? "this[]" : member.ToString(),
        };
    }
}
