using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using PhiGuard.Analyzers.Classification;
using PhiGuard.CodeFixes.Editing;

namespace PhiGuard.CodeFixes.Values
{
    /// <summary>
    /// Replace a protected value with a member of the same object that the policy marks <c>unprotected</c>:
    /// <c>patient.Id</c> for <c>patient</c> or <c>patient.FullName</c>, also where such a read sits inside an
    /// interpolated string or a concatenation. When the value fills a message-template hole, the hole is renamed
    /// too, so <c>{@Patient}</c> becomes <c>{PatientId}</c> and logs the id instead of destructuring the record.
    /// </summary>
    internal static class UnprotectedMemberFixes
    {
        public static string EquivalenceKeyFor(string member) => "PhiGuard.UseUnprotectedMember." + member;

        public static IEnumerable<FixOption> For(FindingSite site, ExpressionSyntax value, CancellationToken cancellationToken)
        {
            var parts = PartsOf(site, value, cancellationToken).ToList();
            if (parts.Count == 0)
            {
                return Enumerable.Empty<FixOption>();
            }

            var names = parts
                .Select(part => UnprotectedMembers(site, part.Type, value.SpanStart).Select(member => member.Name))
                .Aggregate((common, next) => common.Intersect(next));
            var generator = SyntaxGenerator.GetGenerator(site.Document);
            var hole = parts.Any(part => part.Read == value) ? TemplateHole.Of(site.Model, site.Services.Sinks, value, cancellationToken) : null;
            var fixes = new List<FixOption>();
            foreach (var name in names.ToList())
            {
                var replacements = parts.ToDictionary(
                    part => part.Read,
                    part => ((ExpressionSyntax)generator.MemberAccessExpression(part.Owner.WithoutTrivia(), name)).WithTriviaFrom(part.Read));
                if (replacements.TryGetValue(value, out var whole) && !Replacements.Fits(site.Model, value, whole, cancellationToken))
                {
                    // Where the sink takes text (an exception message), the id goes in as text.
                    var asText = ((ExpressionSyntax)generator.InvocationExpression(generator.MemberAccessExpression(whole.WithoutTrivia(), "ToString"))).WithTriviaFrom(value);
                    if (!Replacements.Fits(site.Model, value, asText, cancellationToken))
                    {
                        continue;
                    }

                    replacements[value] = asText;
                }

                var first = parts[0];
                var holeName = Replacements.NameOf(first.Owner, first.Type) + name;
                fixes.Add(FixOption.InDocument(
                    "Use '" + first.Owner + "." + name + "' instead",
                    EquivalenceKeyFor(name),
                    site.Document.Id,
                    editor =>
                    {
                        foreach (var replacement in replacements)
                        {
                            editor.ReplaceNode(replacement.Key, replacement.Value);
                        }

                        if (hole is not null)
                        {
                            editor.ReplaceNode(hole.Template, (current, _) => hole.Rename((LiteralExpressionSyntax)current, holeName));
                        }
                    }));
            }

            return fixes;
        }

        /// <summary>
        /// The protected reads to replace, each with the object that owns it: the value itself (<c>patient</c>, or
        /// <c>patient.FullName</c> owned by <c>patient</c>), or the protected reads in its interpolations and concatenated operands.
        /// </summary>
        private static IEnumerable<(ExpressionSyntax Read, ExpressionSyntax Owner, ITypeSymbol Type)> PartsOf(FindingSite site, ExpressionSyntax value, CancellationToken cancellationToken)
        {
            var whole = OwnerOf(site, value, value, cancellationToken);
            if (whole is not null)
            {
                return new[] { (value, whole.Value.Owner, whole.Value.Type) };
            }

            return Pieces(value)
                .Where(piece => IsProtectedRead(site, piece, cancellationToken))
                .Select(piece => (Read: piece, Found: OwnerOf(site, piece, value, cancellationToken)))
                .Where(piece => piece.Found is not null)
                .Select(piece => (piece.Read, piece.Found!.Value.Owner, piece.Found.Value.Type));
        }

        /// <summary>The interpolations and concatenated operands of a string built from parts.</summary>
        private static IEnumerable<ExpressionSyntax> Pieces(ExpressionSyntax value) => value switch
        {
            InterpolatedStringExpressionSyntax interpolated => interpolated.Contents.OfType<InterpolationSyntax>().Select(hole => hole.Expression),
            BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) => Pieces(binary.Left).Concat(Pieces(binary.Right)),
            ParenthesizedExpressionSyntax parenthesized => Pieces(parenthesized.Expression),
            _ => new[] { value },
        };

        private static bool IsProtectedRead(FindingSite site, ExpressionSyntax piece, CancellationToken cancellationToken)
        {
            var classifier = site.Services.Classifier;
            if (site.Model.GetSymbolInfo(piece, cancellationToken).Symbol is { Kind: SymbolKind.Property or SymbolKind.Field } member && piece is MemberAccessExpressionSyntax access)
            {
                return classifier.ProtectedMember(member, site.Model.GetTypeInfo(access.Expression, cancellationToken).Type) is not null;
            }

            return classifier.ProtectedValueType(site.Model.GetTypeInfo(piece, cancellationToken).Type) is not null;
        }

        /// <summary>The object whose members to use: the read itself, or the receiver of a member read (<c>patient</c> in <c>patient.FullName</c>).</summary>
        private static (ExpressionSyntax Owner, ITypeSymbol Type)? OwnerOf(FindingSite site, ExpressionSyntax read, ExpressionSyntax value, CancellationToken cancellationToken)
        {
            foreach (var candidate in new[] { read, (read as MemberAccessExpressionSyntax)?.Expression })
            {
                var type = candidate is null ? null : site.Model.GetTypeInfo(candidate, cancellationToken).Type;
                if (candidate is not null && type is not null && !TypeExposure.IsFrameworkType(type) && UnprotectedMembers(site, type, value.SpanStart).Any())
                {
                    return (candidate, type);
                }
            }

            return null;
        }

        private static IEnumerable<ISymbol> UnprotectedMembers(FindingSite site, ITypeSymbol type, int position)
        {
            var classifier = site.Services.Classifier;
            var seen = new HashSet<string>();
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    var readable = member switch
                    {
                        IPropertySymbol property => !property.IsIndexer && property.GetMethod is not null && site.Model.IsAccessible(position, property.GetMethod),
                        IFieldSymbol field => !field.IsConst && !field.IsImplicitlyDeclared && site.Model.IsAccessible(position, field),
                        _ => false,
                    };
                    if (readable && !member.IsStatic && seen.Add(member.Name)
                        && classifier.IsUnprotectedMember(member, type) && classifier.ProtectedMember(member, type) is null)
                    {
                        yield return member;
                    }
                }
            }
        }
    }
}
