using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using PhiGuard.CodeFixes.Editing;

namespace PhiGuard.CodeFixes.Storage
{
    /// <summary>
    /// PHI003 on a write (a file, a cache, a cookie): route the value through ASP.NET Core Data Protection,
    /// <c>_protector.Protect(note.Text)</c>, when an <c>IDataProtector</c> is in scope at the write. A <c>string</c>
    /// uses Data Protection's <c>Protect(string)</c> extension (its using directive is added), a <c>byte[]</c> the
    /// protector's own method. Without a protector in scope the fix is not offered: creating one needs a purpose
    /// string and a provider, which only the developer can choose.
    /// </summary>
    internal static class DataProtectionFixes
    {
        public const string EquivalenceKey = "PhiGuard.DataProtection.Protect";

        private const string Protector = "Microsoft.AspNetCore.DataProtection.IDataProtector";
        private const string Extensions = "Microsoft.AspNetCore.DataProtection.DataProtectionCommonExtensions";
        private const string Namespace = "Microsoft.AspNetCore.DataProtection";

        public static IEnumerable<FixOption> For(FindingSite site, ExpressionSyntax value, CancellationToken cancellationToken)
        {
            var compilation = site.Model.Compilation;
            var protector = compilation.GetTypeByMetadataName(Protector);
            var type = site.Model.GetTypeInfo(value, cancellationToken).Type;
            var isText = type?.SpecialType == SpecialType.System_String && compilation.GetTypeByMetadataName(Extensions) is not null;
            var isBytes = type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte };
            var instance = protector is null ? null : SymbolLookup.InstancesInScope(site.Model, protector, value.SpanStart, cancellationToken).FirstOrDefault();
            if (instance is null || !(isText || isBytes))
            {
                yield break;
            }

            var generator = SyntaxGenerator.GetGenerator(site.Document);
            var replacement = ((ExpressionSyntax)generator.InvocationExpression(generator.MemberAccessExpression(generator.IdentifierName(instance.Name), "Protect"), value.WithoutTrivia())).WithTriviaFrom(value);
            yield return FixOption.InDocument(
                "Protect with " + instance.Name + ".Protect() (Data Protection)",
                EquivalenceKey,
                site.Document.Id,
                editor =>
                {
                    editor.ReplaceNode(value, replacement);
                    if (isText)
                    {
                        editor.ReplaceNode(editor.OriginalRoot, (root, _) => WithUsing((CompilationUnitSyntax)root));
                    }
                });
        }

        /// <summary>The extension method needs its namespace imported; the file keeps its own using directives otherwise.</summary>
        private static CompilationUnitSyntax WithUsing(CompilationUnitSyntax root)
        {
            var imported = root.DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
                .OfType<UsingDirectiveSyntax>()
                .Any(directive => directive.Alias is null && directive.StaticKeyword.IsKind(SyntaxKind.None) && directive.Name?.ToString() == Namespace);
            return imported ? root : root.AddUsings(SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(Namespace)).NormalizeWhitespace().WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed));
        }
    }
}
