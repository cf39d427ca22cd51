using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using PhiGuard.Analyzers.Classification;
using PhiGuard.CodeFixes.Editing;

namespace PhiGuard.CodeFixes.Values
{
    /// <summary>
    /// Wrap a protected value in a sanitizer: one fix per method the policy lists under <c>sanitizers</c> (and
    /// Microsoft.Extensions.Compliance's <c>Redactor.Redact</c>, made for exactly this) that accepts the value and
    /// whose result the sink accepts. A static method is called by its type; an instance method (a redactor) only
    /// when an instance is in scope — a field, property, parameter or local declared before the value.
    /// </summary>
    internal static class SanitizerFixes
    {
        private const string Redact = "Microsoft.Extensions.Compliance.Redaction.Redactor.Redact";

        public static string EquivalenceKeyFor(string sanitizer) => "PhiGuard.Sanitize." + sanitizer;

        public static IEnumerable<FixOption> For(FindingSite site, ExpressionSyntax value, CancellationToken cancellationToken)
        {
            var generator = SyntaxGenerator.GetGenerator(site.Document);
            var names = site.Services.Policy.Sanitizers.Select(entry => SelectorIndex.Normalize(entry.Name)).Concat(new[] { Redact }).Distinct();
            foreach (var name in names)
            {
                var split = name.LastIndexOf('.');
                var type = split < 0 || name.IndexOfAny(new[] { '*', '?' }) >= 0 ? null : SymbolLookup.TypeNamed(site.Model.Compilation, name.Substring(0, split));
                var methodName = name.Substring(split + 1);
                if (type is null || !type.GetMembers(methodName).OfType<IMethodSymbol>().Any(method => Returns(method) && site.Model.IsAccessible(value.SpanStart, method)))
                {
                    continue;
                }

                var receivers = type.GetMembers(methodName).OfType<IMethodSymbol>().Any(method => method.IsStatic)
                    ? new[] { generator.TypeExpression(type).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation) }
                    : SymbolLookup.InstancesInScope(site.Model, type, value.SpanStart, cancellationToken).Select(instance => generator.IdentifierName(instance.Name));
                foreach (var receiver in receivers)
                {
                    var call = (ExpressionSyntax)generator.InvocationExpression(generator.MemberAccessExpression(receiver, methodName), value.WithoutTrivia());
                    if (site.Model.GetSpeculativeSymbolInfo(value.SpanStart, call, SpeculativeBindingOption.BindAsExpression).Symbol is not IMethodSymbol bound
                        || bound.Name != methodName || !Returns(bound)
                        || !Replacements.Fits(site.Model, value, call, cancellationToken))
                    {
                        continue;
                    }

                    var replacement = call.WithTriviaFrom(value);
                    yield return FixOption.InDocument(
                        "Sanitize with " + Display(receiver, type) + "." + methodName + "()",
                        EquivalenceKeyFor(name),
                        site.Document.Id,
                        editor => editor.ReplaceNode(value, replacement));
                    break;
                }
            }
        }

        private static bool Returns(IMethodSymbol method) =>
            method.MethodKind == MethodKind.Ordinary && !method.ReturnsVoid && method.ReturnType.SpecialType != SpecialType.System_Boolean;

        private static string Display(SyntaxNode receiver, INamedTypeSymbol type) =>
            receiver is IdentifierNameSyntax identifier ? identifier.Identifier.ValueText : type.Name;
    }
}
