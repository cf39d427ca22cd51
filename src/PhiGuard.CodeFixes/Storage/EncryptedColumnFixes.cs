using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using PhiGuard.Analyzers.Classification;
using PhiGuard.Analyzers.Rules;
using PhiGuard.CodeFixes.Editing;

namespace PhiGuard.CodeFixes.Storage
{
    /// <summary>
    /// PHI003 on an EF Core column: configure an encrypting value converter the policy names, one fix per converter
    /// that fits the property — <c>modelBuilder.Entity&lt;Patient&gt;().Property(p =&gt; p.Nhi).HasConversion&lt;SealedStringConverter&gt;();</c>
    /// at the end of the context's <c>OnModelCreating</c>, which is added if the context has none. A converter
    /// fits when it derives from <c>ValueConverter&lt;TModel, TProvider&gt;</c> with the property's type as
    /// <c>TModel</c> and EF Core can create it (a public parameterless constructor).
    /// </summary>
    internal static class EncryptedColumnFixes
    {
        private const string ValueConverter = "Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter`2";
        private const string ModelBuilder = "Microsoft.EntityFrameworkCore.ModelBuilder";
        private const string OnModelCreating = "OnModelCreating";

        public static string EquivalenceKeyFor(string converter) => "PhiGuard.EncryptColumn." + converter;

        public static IEnumerable<FixOption> For(Document document, Compilation compilation, PolicyServices services, Diagnostic diagnostic)
        {
            var entity = Symbol<INamedTypeSymbol>(diagnostic, LeakAnalyzer.EntityProperty, compilation);
            var property = Symbol<IPropertySymbol>(diagnostic, LeakAnalyzer.MemberProperty, compilation);
            var context = Symbol<INamedTypeSymbol>(diagnostic, LeakAnalyzer.ContextProperty, compilation);
            var valueConverter = compilation.GetTypeByMetadataName(ValueConverter);
            var modelBuilder = compilation.GetTypeByMetadataName(ModelBuilder);
            var declaration = context?.DeclaringSyntaxReferences
                .Select(reference => (Document: document.Project.Solution.GetDocument(reference.SyntaxTree), Node: reference.GetSyntax() as ClassDeclarationSyntax))
                .OrderByDescending(candidate => candidate.Node?.Members.OfType<MethodDeclarationSyntax>().Any(IsOnModelCreating) ?? false)
                .FirstOrDefault(candidate => candidate.Document is not null && candidate.Node is not null);
            if (entity is null || property is null || valueConverter is null || modelBuilder is null || declaration?.Node is null)
            {
                yield break;
            }

            var names = services.Policy.Sanitizers.Select(entry => SelectorIndex.Normalize(entry.Name)).Distinct();
            foreach (var converter in names.SelectMany(name => ConverterTypes(compilation, name)).Distinct(SymbolEqualityComparer.Default).Cast<INamedTypeSymbol>())
            {
                if (!Fits(converter, valueConverter, property.Type))
                {
                    continue;
                }

                var (contextDocument, contextClass) = (declaration.Value.Document!, declaration.Value.Node);
                yield return new FixOption(
                    "Encrypt '" + entity.Name + "." + property.Name + "' with " + converter.Name + " in " + context!.Name + "." + OnModelCreating,
                    EquivalenceKeyFor(SymbolNames.OfType(converter)),
                    async (editor, cancellationToken) =>
                    {
                        var documentEditor = await editor.GetDocumentEditorAsync(contextDocument.Id, cancellationToken).ConfigureAwait(false);
                        documentEditor.ReplaceNode(contextClass, (current, generator) =>
                            Configure((ClassDeclarationSyntax)current, generator, modelBuilder, entity, property, converter));
                    });
            }
        }

        private static T? Symbol<T>(Diagnostic diagnostic, string key, Compilation compilation)
            where T : class, ISymbol =>
            diagnostic.Properties.TryGetValue(key, out var id) && id is not null
                ? DocumentationCommentId.GetFirstSymbolForDeclarationId(id, compilation) as T
                : null;

        /// <summary>The type a sanitizer entry names, or the type of the method it names.</summary>
        private static IEnumerable<INamedTypeSymbol> ConverterTypes(Compilation compilation, string name)
        {
            var type = SymbolLookup.TypeNamed(compilation, name);
            var dot = name.LastIndexOf('.');
            var owner = type ?? (dot < 0 ? null : SymbolLookup.TypeNamed(compilation, name.Substring(0, dot)));
            return owner is null ? Enumerable.Empty<INamedTypeSymbol>() : new[] { owner };
        }

        private static bool Fits(INamedTypeSymbol converter, INamedTypeSymbol valueConverter, ITypeSymbol propertyType)
        {
            if (converter.IsAbstract || converter.IsGenericType || !converter.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility == Accessibility.Public))
            {
                return false;
            }

            for (var current = converter.BaseType; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, valueConverter))
                {
                    return SymbolEqualityComparer.Default.Equals(Stored(current.TypeArguments[0]), Stored(propertyType));
                }
            }

            return false;
        }

        /// <summary>What a converter applies to: <c>string</c> for <c>string?</c>, <c>DateOnly</c> for <c>DateOnly?</c>.</summary>
        private static ITypeSymbol Stored(ITypeSymbol type) =>
            type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                ? nullable.TypeArguments[0]
                : type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);

        private static bool IsOnModelCreating(MethodDeclarationSyntax method) =>
            method.Identifier.ValueText == OnModelCreating && method.ParameterList.Parameters.Count == 1;

        /// <summary>The context with the converter configured: appended to <c>OnModelCreating</c>, or in a new override of it.</summary>
        private static SyntaxNode Configure(ClassDeclarationSyntax context, SyntaxGenerator generator, INamedTypeSymbol modelBuilder, INamedTypeSymbol entity, IPropertySymbol property, INamedTypeSymbol converter)
        {
            var existing = context.Members.OfType<MethodDeclarationSyntax>().FirstOrDefault(IsOnModelCreating);
            var builder = existing?.ParameterList.Parameters[0].Identifier.ValueText ?? "modelBuilder";
            var statement = (StatementSyntax)generator.ExpressionStatement(
                generator.InvocationExpression(
                    generator.MemberAccessExpression(
                        generator.InvocationExpression(
                            generator.MemberAccessExpression(
                                generator.InvocationExpression(generator.MemberAccessExpression(generator.IdentifierName(builder), generator.GenericName("Entity", TypeName(generator, entity)))),
                                "Property"),
                            generator.ValueReturningLambdaExpression("e", generator.MemberAccessExpression(generator.IdentifierName("e"), property.Name))),
                        generator.GenericName("HasConversion", TypeName(generator, converter)))));
            if (existing is null)
            {
                var method = (MethodDeclarationSyntax)generator.MethodDeclaration(
                    OnModelCreating,
                    new[] { generator.ParameterDeclaration(builder, TypeName(generator, modelBuilder)) },
                    accessibility: Accessibility.Protected,
                    modifiers: DeclarationModifiers.Override,
                    statements: new[]
                    {
                        generator.ExpressionStatement(generator.InvocationExpression(generator.MemberAccessExpression(generator.BaseExpression(), OnModelCreating), generator.IdentifierName(builder))),
                        statement,
                    });
                return generator.AddMembers(context, method);
            }

            var body = existing.Body ?? SyntaxFactory.Block(SyntaxFactory.ExpressionStatement(existing.ExpressionBody!.Expression));
            var updated = existing.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body.AddStatements(statement));
            return context.ReplaceNode(existing, updated);
        }

        private static SyntaxNode TypeName(SyntaxGenerator generator, ITypeSymbol type) =>
            generator.TypeExpression(type).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
    }
}
