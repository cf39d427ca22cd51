using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PhiGuard.Analyzers.Sinks;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>Sanitizers that sanitize nothing: a redactor that hands its input back unchanged.</summary>
    internal sealed partial class FlowWalker
    {
        private const int MaxPassThroughDepth = 4;

        /// <summary>
        /// True when the receiver of a sanitizer call is a pass-through redactor: one of that type
        /// (<c>NullRedactor.Instance</c>), one a pass-through provider hands out
        /// (<c>NullRedactorProvider.Instance.GetRedactor(...)</c>), or a local only ever assigned one of those.
        /// </summary>
        private bool PassesThrough(IOperation? receiver, int depth)
        {
            while (receiver is IConversionOperation conversion)
            {
                receiver = conversion.Operand;
            }

            if (receiver is null || depth > MaxPassThroughDepth)
            {
                return false;
            }

            if (SanitizerResolver.IsPassThroughType(receiver.Type))
            {
                return true;
            }

            return receiver switch
            {
                IInvocationOperation { Instance: { } provider } => PassesThrough(provider, depth + 1),
                ILocalReferenceOperation local => ValuesAssignedTo(local.Local) is { Count: > 0 } values && values.All(value => PassesThrough(value, depth + 1)),
                _ => false,
            };
        }
    }
}
