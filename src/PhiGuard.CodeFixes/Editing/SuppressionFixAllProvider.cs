using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace PhiGuard.CodeFixes.Editing
{
    /// <summary>
    /// Fix All for suppressions: every finding in a document or a project gets one. In the solution it changes nothing,
    /// on purpose: <c>dotnet format analyzers</c> applies every fixer of a rule with solution scope, one after another
    /// on the findings it found first, so a solution-wide suppression would silence every finding the real fix had not
    /// reached. Offering the scope (rather than refusing it) is what keeps dotnet format from reporting
    /// "Unable to fix" for this fixer on every run.
    /// </summary>
    internal sealed class SuppressionFixAllProvider : FixAllProvider
    {
        private static readonly SolutionFixAllProvider DocumentAndProject = new SolutionFixAllProvider(FixAllScope.Document, FixAllScope.Project);

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            if (fixAllContext.Scope != FixAllScope.Solution)
            {
                return DocumentAndProject.GetFixAsync(fixAllContext);
            }

            var unchanged = fixAllContext.Solution;
            var action = CodeAction.Create(
                "Suppressions are added in a document or a project, never solution-wide",
                _ => Task.FromResult(unchanged),
                fixAllContext.CodeActionEquivalenceKey);
            return Task.FromResult<CodeAction?>(action);
        }
    }
}
