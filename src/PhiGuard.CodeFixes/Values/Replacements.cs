using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PhiGuard.CodeFixes.Values
{
    /// <summary>Whether a replacement for the value at a sink still compiles there: its type converts to what the value was converted to, or the parameter is generic.</summary>
    internal static class Replacements
    {
        public static bool Fits(SemanticModel model, ExpressionSyntax value, ExpressionSyntax replacement, CancellationToken cancellationToken)
        {
            var type = model.GetSpeculativeTypeInfo(value.SpanStart, replacement, SpeculativeBindingOption.BindAsExpression).Type;
            if (type is null || type.TypeKind == TypeKind.Error)
            {
                return false;
            }

            var operation = model.GetOperation(value, cancellationToken);
            var consumer = operation?.Parent is IConversionOperation { IsImplicit: true } conversion ? conversion.Parent : operation?.Parent;
            if (consumer is IArgumentOperation { Parameter: { } parameter } && parameter.OriginalDefinition.Type.TypeKind == TypeKind.TypeParameter)
            {
                return true;
            }

            var target = model.GetTypeInfo(value, cancellationToken).ConvertedType;
            return target is not null && model.Compilation.ClassifyConversion(type, target).IsImplicit;
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
