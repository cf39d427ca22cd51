using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace PhiGuard.CodeFixes.Editing
{
    /// <summary>
    /// Fix All in a document, project or solution: every finding in scope that offers the chosen fix (same
    /// equivalence key) gets it, all edits made against the original solution by one editor. Fixes that edit
    /// the same declaration (two columns of one <c>DbContext</c>, two findings in one member) compose there.
    /// </summary>
    internal sealed class SolutionFixAllProvider : FixAllProvider
    {
        public static readonly SolutionFixAllProvider Instance = new SolutionFixAllProvider(FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution);

        private readonly FixAllScope[] _scopes;

        public SolutionFixAllProvider(params FixAllScope[] scopes)
        {
            _scopes = scopes;
        }

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => _scopes;

        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var key = fixAllContext.CodeActionEquivalenceKey;
            if (key is null || fixAllContext.CodeFixProvider is not PhiGuardFixer fixer)
            {
                return Task.FromResult<CodeAction?>(null);
            }

            var action = CodeAction.Create(
                "Apply to every finding in the " + fixAllContext.Scope.ToString().ToLowerInvariant(),
                cancellationToken => FixAllAsync(fixAllContext, fixer, key, cancellationToken),
                key);
            return Task.FromResult<CodeAction?>(action);
        }

        private static async Task<Solution> FixAllAsync(FixAllContext context, PhiGuardFixer fixer, string key, CancellationToken cancellationToken)
        {
            var fixes = new List<FixOption>();
            foreach (var (document, diagnostics) in await FindingsAsync(context).ConfigureAwait(false))
            {
                foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
                {
                    var offered = await fixer.FixesAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
                    fixes.AddRange(offered.Where(fix => fix.EquivalenceKey == key).Take(1));
                }
            }

            return await PhiGuardFixer.ApplyAsync(context.Solution, fixes, cancellationToken).ConfigureAwait(false);
        }

        private static async Task<IEnumerable<(Document Document, IEnumerable<Diagnostic> Diagnostics)>> FindingsAsync(FixAllContext context)
        {
            if (context.Scope == FixAllScope.Document && context.Document is not null)
            {
                return new[] { (context.Document, (IEnumerable<Diagnostic>)await context.GetDocumentDiagnosticsAsync(context.Document).ConfigureAwait(false)) };
            }

            var projects = context.Scope == FixAllScope.Solution ? context.Solution.Projects : new[] { context.Project };
            var found = new List<(Document, IEnumerable<Diagnostic>)>();
            foreach (var project in projects)
            {
                var diagnostics = await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
                found.AddRange(diagnostics
                    .Where(diagnostic => diagnostic.Location.IsInSource)
                    .GroupBy(diagnostic => project.GetDocument(diagnostic.Location.SourceTree))
                    .Where(group => group.Key is not null)
                    .Select(group => (group.Key!, (IEnumerable<Diagnostic>)group)));
            }

            return found;
        }
    }
}
