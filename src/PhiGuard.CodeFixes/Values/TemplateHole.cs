using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PhiGuard.Analyzers.Flow;
using PhiGuard.Analyzers.Sinks;

namespace PhiGuard.CodeFixes.Values
{
    /// <summary>
    /// The hole of a structured-logging message template that an argument fills (<c>{@Patient}</c> for
    /// <c>patient</c>), counted the way the analyzer counts them: the data arguments after the template, elements
    /// of a <c>params</c> array one by one.
    /// </summary>
    internal sealed class TemplateHole
    {
        private TemplateHole(LiteralExpressionSyntax template, int index)
        {
            Template = template;
            Index = index;
        }

        /// <summary>The template, when it is written as a string literal at the call.</summary>
        public LiteralExpressionSyntax Template { get; }

        public int Index { get; }

        public static TemplateHole? Of(SemanticModel model, SinkResolver sinks, ExpressionSyntax value, CancellationToken cancellationToken)
        {
            var operation = model.GetOperation(value, cancellationToken);
            var invocation = operation?.Parent;
            while (invocation is not null and not IInvocationOperation)
            {
                invocation = invocation is IConversionOperation or IArgumentOperation or IArrayInitializerOperation or IArrayCreationOperation ? invocation.Parent : null;
            }

            if (invocation is not IInvocationOperation call)
            {
                return null;
            }

            var definition = sinks.Match(call.TargetMethod).FirstOrDefault(d => d.TemplateParameter is not null);
            var arguments = call.Arguments.OrderBy(argument => argument.Parameter?.Ordinal ?? -2).ToList();
            var template = arguments.FirstOrDefault(argument => argument.Parameter?.Name == definition?.TemplateParameter)?.Value.Syntax as LiteralExpressionSyntax;
            if (definition is null || template is null || !template.IsKind(SyntaxKind.StringLiteralExpression))
            {
                return null;
            }

            var slot = 0;
            var afterTemplate = false;
            foreach (var argument in arguments)
            {
                if (argument.Parameter is not { } parameter || !SinkParameters.CarriesData(definition, call.TargetMethod, parameter))
                {
                    continue;
                }

                foreach (var element in Values(argument))
                {
                    if (afterTemplate && element.Syntax == value)
                    {
                        return slot < MessageTemplate.Holes(template.Token.Text).Count ? new TemplateHole(template, slot) : null;
                    }

                    slot += afterTemplate ? 1 : 0;
                }

                afterTemplate |= parameter.Name == definition.TemplateParameter;
            }

            return null;
        }

        /// <summary>The template with this hole renamed to <paramref name="name"/>: no <c>@</c> or <c>$</c>, alignment and format kept.</summary>
        public LiteralExpressionSyntax Rename(LiteralExpressionSyntax current, string name)
        {
            var text = current.Token.Text;
            var holes = MessageTemplate.Holes(text);
            if (Index >= holes.Count)
            {
                return current;
            }

            var (start, end) = holes[Index];
            var inner = text.Substring(start + 1, end - start - 1).TrimStart('@', '$');
            var suffixStart = inner.IndexOfAny(new[] { ',', ':' });
            var renamed = "{" + name + (suffixStart < 0 ? string.Empty : inner.Substring(suffixStart)) + "}";
            var literal = (LiteralExpressionSyntax)SyntaxFactory.ParseExpression(text.Substring(0, start) + renamed + text.Substring(end + 1));
            // Keeps the editor's tracking annotation, so a second hole of the same template can be renamed after this one.
            return current.CopyAnnotationsTo(literal.WithTriviaFrom(current));
        }

        private static IEnumerable<IOperation> Values(IArgumentOperation argument) =>
            argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer }
                ? initializer.ElementValues.Select(Unconverted)
                : new[] { Unconverted(argument.Value) };

        private static IOperation Unconverted(IOperation operation) =>
            operation is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : operation;
    }
}
