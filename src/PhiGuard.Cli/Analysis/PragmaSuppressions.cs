using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PhiGuard.Cli.Analysis
{
    /// <summary>Whether a <c>#pragma warning disable</c> is in force for a rule at a position.</summary>
    internal static class PragmaSuppressions
    {
        public static bool Covers(SyntaxTree tree, int position, string ruleId)
        {
            var root = (CSharpSyntaxNode)tree.GetRoot();
            if (!root.ContainsDirectives)
            {
                return false;
            }

            var disabled = false;
            for (var directive = root.GetFirstDirective(IsPragmaWarning); directive is not null && directive.SpanStart <= position; directive = directive.GetNextDirective(IsPragmaWarning))
            {
                var pragma = (PragmaWarningDirectiveTriviaSyntax)directive;
                if (pragma.ErrorCodes.Count == 0 || pragma.ErrorCodes.Any(code => code.ToString().Trim() == ruleId))
                {
                    disabled = pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword);
                }
            }

            return disabled;
        }

        private static bool IsPragmaWarning(DirectiveTriviaSyntax directive) => directive is PragmaWarningDirectiveTriviaSyntax;
    }
}
