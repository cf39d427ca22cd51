using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

using PhiGuard.Analyzers.Sinks;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>The trigger: which bodies are worth walking at all. It looks only at symbols, not at flow.</summary>
    internal sealed partial class FlowContext
    {
        /// <summary>
        /// The trigger: true when the body reads something protected, calls a sink with an object that has protected
        /// members, or calls one of our methods that returns protected data. Bodies without it are never walked.
        /// </summary>
        public bool NeedsAnalysis(IOperation root, CancellationToken cancellationToken) => Mentions(root.Syntax, () => root, cancellationToken);

        /// <summary>
        /// True when a method of this compilation meets the trigger: only then can it return or store protected data.
        /// Methods that call each other meet it together or not at all (the least fixed point of the cycle).
        /// </summary>
        public bool Mentions(IMethodSymbol method, CancellationToken cancellationToken)
        {
            var syntax = DeclarationOf(method, cancellationToken);
            return syntax is not null && Mentions(syntax, () => OperationOf(syntax, cancellationToken), cancellationToken);
        }

        private bool Mentions(SyntaxNode key, Func<IOperation?> root, CancellationToken cancellationToken)
        {
            if (Classifier is null)
            {
                return false;
            }

            return _facts.Get(
                FactKey.Mentions(key),
                false,
                () => root() is { } operation && operation.Descendants().Any(descendant =>
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    return IsSource(descendant, cancellationToken);
                }),
                (left, right) => left || right);
        }

        private bool IsSource(IOperation operation, CancellationToken cancellationToken)
        {
            var classifier = Classifier!;
            if (operation is IParameterReferenceOperation or ILocalReferenceOperation or IMemberReferenceOperation
                && Exposure!.PrintedByRecordToString(operation.Type) is not null)
            {
                return true;
            }

            switch (operation)
            {
                case IParameterReferenceOperation parameter:
                    return classifier.ProtectedParameter(parameter.Parameter) is not null;
                case ILocalReferenceOperation local:
                    return classifier.ProtectedLocal(local.Local) is not null;
                case IFieldReferenceOperation or IPropertyReferenceOperation:
                    var member = ((IMemberReferenceOperation)operation).Member;
                    var receiverType = ((IMemberReferenceOperation)operation).Instance?.Type;
                    return classifier.ProtectedMember(member, receiverType) is not null
                        || !FieldTaint(member, cancellationToken).IsEmpty;
                case IInvocationOperation invocation:
                    return classifier.ProtectedMember(invocation.TargetMethod, invocation.Instance?.Type) is not null
                        || ReturnsProtectedData(invocation.TargetMethod, cancellationToken)
                        || PassesExposedObjectToSink(invocation.TargetMethod, invocation.Arguments);
                case IObjectCreationOperation creation:
                    return classifier.ProtectedValueType(creation.Type) is not null
                        || (creation.Constructor is not null && PassesExposedObjectToSink(creation.Constructor, creation.Arguments));
                default:
                    return false;
            }
        }

        private bool ReturnsProtectedData(IMethodSymbol method, CancellationToken cancellationToken)
        {
            if (method.ReturnsVoid || Facts.IsBoolean(method.ReturnType) || !Mentions(method, cancellationToken))
            {
                return false;
            }

            return SummaryOf(method, cancellationToken)?.Returns.HasSource ?? true;
        }

        private bool PassesExposedObjectToSink(IMethodSymbol method, IEnumerable<IArgumentOperation> arguments)
        {
            var definitions = Sinks!.Match(method);
            if (definitions.Count == 0)
            {
                return false;
            }

            foreach (var argument in arguments)
            {
                var values = argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } array }
                    ? array.ElementValues
                    : (IEnumerable<IOperation>)new[] { argument.Value };
                foreach (var value in values)
                {
                    var type = value is IConversionOperation conversion ? conversion.Operand.Type : value.Type;
                    if (Exposure!.PrintedByRecordToString(type) is not null
                        || definitions.Any(definition => Exposure.Structural(type, definition.Mode == ValueMode.Text ? ValueMode.Structure : definition.Mode) is not null))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
