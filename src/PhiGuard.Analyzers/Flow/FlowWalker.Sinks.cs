using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PhiGuard.Analyzers.Classification;
using PhiGuard.Analyzers.Sinks;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>Where values meet sinks: a protected value is a finding; a parameter's value becomes part of the summary.</summary>
    internal sealed partial class FlowWalker
    {
        private static readonly IReadOnlyList<Location> NoPath = System.Array.Empty<Location>();

        /// <summary>Checks the call against every sink row it matches; returns the kinds of sink it is for the data it is given.</summary>
        private SinkKinds CheckSinks(IMethodSymbol method, IOperation? receiver, Taint receiverTaint, List<ArgumentValue> arguments)
        {
            IEnumerable<SinkDefinition> definitions = _sinks.Match(method);
            if (_sinks.IsLoggerMessageDelegate(method))
            {
                definitions = definitions.Concat(new[] { _sinks.LoggerMessageDelegateSink });
            }

            var kinds = SinkKinds.None;
            foreach (var definition in definitions)
            {
                if ((definition.ReceiverMembers is not null && !IsReadFrom(receiver, definition.ReceiverMembers))
                    || (definition.Condition is not null && !definition.Condition(new SinkCall(_context.Compilation, receiver, arguments.Select(argument => argument.Argument)))))
                {
                    continue;
                }

                if (definition.IncludesReceiver || method.Parameters.Any(parameter => SinkParameters.CarriesData(definition, method, parameter)))
                {
                    kinds = kinds.With(definition.Kind);
                }

                var calls = new[] { method };
                var holes = TemplateHoles(definition, arguments);
                var slot = 0;
                var afterTemplate = false;
                foreach (var argument in arguments)
                {
                    var parameter = argument.Parameter;
                    if (parameter is null || !SinkParameters.CarriesData(definition, method, parameter))
                    {
                        continue;
                    }

                    var isTemplate = parameter.Name == definition.TemplateParameter;
                    foreach (var value in argument.Values)
                    {
                        var mode = afterTemplate ? ModeOf(definition, holes, slot++) : definition.Mode;
                        CheckValue(definition.Kind, mode, value.Key, value.Value, calls, NoPath);
                    }

                    afterTemplate |= isTemplate;
                }

                if (definition.IncludesReceiver && receiver is not null)
                {
                    CheckValue(definition.Kind, definition.Mode, receiver, receiverTaint, calls, NoPath);
                }
            }

            return kinds;
        }

        /// <summary>A store into a property or indexer that is a sink; true when it is one, and the value is consumed there.</summary>
        private bool CheckPropertySink(IOperation target, Taint value, IOperation? valueOperation)
        {
            if (target is not IPropertyReferenceOperation { Property.SetMethod: { } setter } property)
            {
                return false;
            }

            var consumed = false;
            foreach (var definition in _sinks.Match(setter))
            {
                if ((definition.ReceiverMembers is null || IsReadFrom(property.Instance, definition.ReceiverMembers))
                    && (definition.Condition is null || definition.Condition(new SinkCall(_context.Compilation, property.Instance, property.Arguments))))
                {
                    consumed = true;
                    CheckValue(definition.Kind, definition.Mode, valueOperation ?? target, value, new[] { setter }, NoPath);
                }
            }

            return consumed;
        }

        /// <summary>
        /// A value reaches a sink. Protected data is a finding here, unless <paramref name="report"/> says the flow it is
        /// part of was reported already; a parameter's data becomes a summary entry that callers check with what they
        /// pass. True when the value is protected data.
        /// </summary>
        private bool CheckValue(SinkKind kind, ValueMode mode, IOperation value, Taint taint, IReadOnlyList<IMethodSymbol> calls, IReadOnlyList<Location> path, bool report = true)
        {
            var location = value.Syntax.GetLocation();
            var type = (value is IConversionOperation conversion ? conversion.Operand : value).Type;
            var source = _exposure.ContractDecides(type, mode) ? null : taint.Sources.FirstOrDefault();
            if (source is null)
            {
                var exposed = mode == ValueMode.Text ? _exposure.PrintedByRecordToString(type) : _exposure.Structural(type, mode);
                if (exposed is not null)
                {
                    source = new SourceLabel(exposed.Path, exposed.Selector, taint.Sources.Select(label => label.GivenTo).FirstOrDefault(method => method is not null));
                }
            }

            if (source is not null)
            {
                // Only the method the data was given to can approve where it goes inside that method, not a reader of a field it filled.
                if (source.GivenTo is not null && !SymbolEqualityComparer.Default.Equals(source.GivenTo, _owner))
                {
                    source = new SourceLabel(source.Subject, source.Selector);
                }

                if (report)
                {
                    _summary.AddHit(kind, mode, location, source, calls, path);
                }

                return true;
            }

            foreach (var parameter in taint.Parameters)
            {
                _summary.AddParameterSink(parameter, kind, mode, calls, new[] { location }.Concat(path).ToList());
            }

            return false;
        }

        private static ValueMode ModeOf(SinkDefinition definition, IReadOnlyList<bool>? holes, int slot) =>
            definition.Mode == ValueMode.Text && holes is not null && slot < holes.Count && holes[slot]
                ? ValueMode.Structure
                : definition.Mode;

        private static IReadOnlyList<bool>? TemplateHoles(SinkDefinition definition, List<ArgumentValue> arguments)
        {
            if (definition.TemplateParameter is null)
            {
                return null;
            }

            var template = arguments.FirstOrDefault(a => a.Parameter?.Name == definition.TemplateParameter)?.Argument.Value.ConstantValue;
            return template is { HasValue: true, Value: string text } ? MessageTemplate.DestructuringHoles(text) : null;
        }

        private static bool IsReadFrom(IOperation? receiver, IReadOnlyList<string> members)
        {
            while (receiver is IConversionOperation conversion)
            {
                receiver = conversion.Operand;
            }

            if (receiver is not IMemberReferenceOperation reference || reference.Member.ContainingType is null)
            {
                return false;
            }

            var name = SymbolNames.OfMember(reference.Member.ContainingType, reference.Member);
            return members.Contains(name);
        }
    }
}
