using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PhiGuard.CodeFixes.Values
{
    /// <summary>Whether a replacement for the value at a sink still compiles there: the call it is passed to still binds, or its type still converts.</summary>
    internal static class Replacements
    {
        public static bool Fits(SemanticModel model, ExpressionSyntax value, ExpressionSyntax replacement, CancellationToken cancellationToken)
        {
            if (value.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ExpressionSyntax call } } && call is InvocationExpressionSyntax or ObjectCreationExpressionSyntax)
            {
                var replaced = call.ReplaceNode(value, replacement);
                return model.GetSpeculativeSymbolInfo(call.SpanStart, replaced, SpeculativeBindingOption.BindAsExpression).Symbol is IMethodSymbol;
            }

            var target = model.GetTypeInfo(value, cancellationToken).ConvertedType;
            var type = model.GetSpeculativeTypeInfo(value.SpanStart, replacement, SpeculativeBindingOption.BindAsExpression).Type;
            return target is not null && type is not null && type.TypeKind != TypeKind.Error
                && model.Compilation.ClassifyConversion(type, target).IsImplicit;
        }

        /// <summary>The part of a name a template hole is built from: <c>Patient</c> for <c>patient</c>, <c>_patient</c> or <c>visit.Patient</c>.</summary>
        public static string NameOf(ExpressionSyntax expression, ITypeSymbol type)
        {
            var name = expression switch
            {
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                _ => type.Name,
            };
            name = name.TrimStart('_', '@');
            return name.Length == 0 ? type.Name : char.ToUpperInvariant(name[0]) + name.Substring(1);
        }
    }
}
