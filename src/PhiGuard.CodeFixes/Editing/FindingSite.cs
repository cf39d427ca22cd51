using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PhiGuard.CodeFixes.Editing
{
    /// <summary>Where a finding is: its document, syntax and semantics, and the project's policy.</summary>
    internal sealed class FindingSite
    {
        private FindingSite(Document document, Diagnostic diagnostic, SemanticModel model, PolicyServices services, SyntaxNode node)
        {
            Document = document;
            Diagnostic = diagnostic;
            Model = model;
            Services = services;
            Node = node;
        }

        public Document Document { get; }

        public Diagnostic Diagnostic { get; }

        public SemanticModel Model { get; }

        public PolicyServices Services { get; }

        /// <summary>The innermost node the diagnostic covers exactly.</summary>
        public SyntaxNode Node { get; }

        /// <summary>The expression the diagnostic points at: the protected value as it enters the sink, or null.</summary>
        public ExpressionSyntax? Expression
        {
            get
            {
                for (var node = Node; node is not null && node.Span == Diagnostic.Location.SourceSpan; node = node.Parent)
                {
                    if (node is ExpressionSyntax expression)
                    {
                        return expression;
                    }
                }

                return Node is ArgumentSyntax argument ? argument.Expression : null;
            }
        }

        public string? Property(string name) => Diagnostic.Properties.TryGetValue(name, out var value) ? value : null;

        public static async Task<FindingSite?> CreateAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null || !diagnostic.Location.IsInSource || diagnostic.Location.SourceTree != root.SyntaxTree)
            {
                return null;
            }

            var services = PolicyServices.For(document.Project, model.Compilation, cancellationToken);
            if (services is null)
            {
                return null;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            return new FindingSite(document, diagnostic, model, services, node);
        }
    }
}
