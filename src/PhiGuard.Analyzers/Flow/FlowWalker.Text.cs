using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>A value turned into text by concatenation or interpolation: the text is what its <c>ToString()</c> prints.</summary>
    internal sealed partial class FlowWalker
    {
        /// <summary>
        /// The text of <paramref name="operation"/>, whose value carries <paramref name="value"/>. When the code base
        /// overrides <c>ToString()</c> for the value's type (and for every type derived from it here), the text is what
        /// those bodies return for this object: an entry printing its method and key says nothing of the resource it
        /// holds. Otherwise the text may carry anything the value does, and what a record's generated <c>ToString()</c> prints.
        /// </summary>
        private Taint AsText(IOperation operation, Taint value)
        {
            var receiver = operation is IConversionOperation conversion ? conversion.Operand : operation;
            if (receiver.Type is not { SpecialType: SpecialType.None } type || OwnToString(type) is not { } toString)
            {
                return value.Union(PrintedBy(operation));
            }

            var summary = _context.DispatchedSummaryOf(toString, isVirtual: true, _cancellationToken);
            return summary is null
                ? value.Union(PrintedBy(operation))
                : ApplySummary(toString, summary, receiver, value, new List<ArgumentValue>(), SinkKinds.None);
        }

        /// <summary>The text of an interpolation hole: nothing of a date a constant format (<c>{date:19000101}</c>) prints nothing of.</summary>
        private Taint Hole(IInterpolationOperation interpolation)
        {
            var value = AsText(interpolation.Expression, Eval(interpolation.Expression)).Union(Eval(interpolation.FormatString));
            var operand = interpolation.Expression is IConversionOperation conversion ? conversion.Operand : interpolation.Expression;
            return FormatStrings.IsDateOrTime(operand.Type)
                && interpolation.FormatString?.ConstantValue is { HasValue: true, Value: string format }
                && FormatStrings.IsConstantDateFormat(format)
                ? Taint.None
                : value;
        }

        /// <summary>The <c>ToString()</c> override a value of <paramref name="type"/> runs, when the code base declares it.</summary>
        private static IMethodSymbol? OwnToString(ITypeSymbol type)
        {
            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
            {
                return null;
            }

            for (var current = type; current is not null; current = current.BaseType)
            {
                foreach (var member in current.GetMembers(nameof(ToString)))
                {
                    if (member is IMethodSymbol { IsOverride: true, Parameters.Length: 0 } method)
                    {
                        return method.IsImplicitlyDeclared || !method.Locations.Any(location => location.IsInSource) ? null : method;
                    }
                }
            }

            return null;
        }
    }
}
