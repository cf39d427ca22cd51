using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>
    /// The names a body may store into, read from syntax alone: assignment targets, increments, ref and out arguments,
    /// and receivers of collection and builder methods (<c>_entries.Add(...)</c>). A method that only reads a field
    /// (<c>_logger.LogInformation(...)</c>) is not among its writers, so nothing is bound or walked for it.
    /// </summary>
    internal static class WritePositions
    {
        public static IEnumerable<string> NamesWrittenIn(SyntaxNode body)
        {
            foreach (var node in body.DescendantNodes())
            {
                var target = node switch
                {
                    AssignmentExpressionSyntax assignment => assignment.Left,
                    PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } prefix => prefix.Operand,
                    PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression or (int)SyntaxKind.PostDecrementExpression } postfix => postfix.Operand,
                    ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.RefKeyword or (int)SyntaxKind.OutKeyword } argument => argument.Expression,
                    InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } when Mutators.StoresArguments(access.Name.Identifier.ValueText) => access.Expression,
                    _ => null,
                };

                if (target is null)
                {
                    continue;
                }

                foreach (var name in target.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
                {
                    yield return name.Identifier.ValueText;
                }
            }
        }
    }
}
