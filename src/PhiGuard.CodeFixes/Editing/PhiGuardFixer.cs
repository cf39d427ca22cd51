using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;

namespace PhiGuard.CodeFixes.Editing
{
    /// <summary>
    /// What every PhiGuard fixer does: ask the rule's fixer which fixes a finding offers, and apply them through one
    /// <see cref="SolutionEditor"/>, so a fix may edit another file (the member a serializer writes, the
    /// <c>DbContext</c> that maps a column) and Fix All applies many fixes at once.
    /// </summary>
    public abstract class PhiGuardFixer : CodeFixProvider
    {
        public override FixAllProvider GetFixAllProvider() => SolutionFixAllProvider.Instance;

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                foreach (var fix in await FixesAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false))
                {
                    var solution = context.Document.Project.Solution;
                    context.RegisterCodeFix(
                        CodeAction.Create(fix.Title, cancellationToken => ApplyAsync(solution, new[] { fix }, cancellationToken), fix.EquivalenceKey),
                        diagnostic);
                }
            }
        }

        /// <summary>The fixes a finding offers; none when the code around it does not allow one.</summary>
        internal abstract Task<IReadOnlyList<FixOption>> FixesAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken);

        internal static async Task<Solution> ApplyAsync(Solution solution, IEnumerable<FixOption> fixes, CancellationToken cancellationToken)
        {
            var editor = new SolutionEditor(solution);
            foreach (var fix in fixes)
            {
                await fix.Apply(editor, cancellationToken).ConfigureAwait(false);
            }

            return editor.GetChangedSolution();
        }
    }
}
