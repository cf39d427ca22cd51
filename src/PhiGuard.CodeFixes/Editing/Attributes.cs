using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace PhiGuard.CodeFixes.Editing
{
    /// <summary>Adds attributes to declarations, named in full and marked so the code action's cleanup adds the using directive and shortens the name.</summary>
    internal static class Attributes
    {
        /// <summary>The short name an attribute is written with: <c>JsonIgnore</c> for <c>System.Text.Json.Serialization.JsonIgnoreAttribute</c>.</summary>
        public static string ShortName(string metadataName)
        {
            var name = metadataName.Substring(metadataName.LastIndexOf('.') + 1);
            return name.EndsWith("Attribute", System.StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : name;
        }

        /// <summary>True when <paramref name="declaration"/> already carries an attribute of that short name (and, if given, whose arguments mention <paramref name="argumentText"/>).</summary>
        public static bool Has(SyntaxNode declaration, string metadataName, string? argumentText = null)
        {
            var shortName = ShortName(metadataName);
            return declaration.ChildNodes().OfType<AttributeListSyntax>().SelectMany(list => list.Attributes).Any(attribute =>
                (NameOf(attribute) == shortName || NameOf(attribute) == shortName + "Attribute")
                && (argumentText is null || (attribute.ArgumentList?.ToString().Contains(argumentText) ?? false)));
        }

        /// <summary><c>[Name(arguments)]</c>, with a <paramref name="target"/> keyword (<c>property:</c>, <c>field:</c>) when given.</summary>
        public static AttributeListSyntax List(SyntaxGenerator generator, INamedTypeSymbol type, SyntaxKind? target, params SyntaxNode[] arguments)
        {
            var name = (NameSyntax)generator.TypeExpression(type).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
            var attribute = SyntaxFactory.Attribute(name, arguments.Length == 0 ? null : SyntaxFactory.AttributeArgumentList(SyntaxFactory.SeparatedList(arguments.Cast<AttributeArgumentSyntax>())));
            var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute));
            return target is null ? list : list.WithTarget(SyntaxFactory.AttributeTargetSpecifier(SyntaxFactory.Token(target.Value)));
        }

        private static string NameOf(AttributeSyntax attribute) => attribute.Name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => attribute.Name.ToString(),
        };
    }
}
