using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>Writes: assignments, deconstruction, and what they tell the method's summary.</summary>
    internal sealed partial class FlowWalker
    {
        private Taint AssignFrom(IOperation target, IOperation value)
        {
            var taint = Eval(value);
            return Assign(target, taint, value);
        }

        /// <summary>
        /// Stores <paramref name="value"/> at <paramref name="target"/>. A tracked place is overwritten (this is a
        /// flow-sensitive analysis); an untracked one, such as an array element, taints its container.
        /// </summary>
        private Taint Assign(IOperation target, Taint value, IOperation? valueOperation)
        {
            var consumed = CheckPropertySink(target, value, valueOperation);
            var entity = EntityOf(target);
            if (entity is null)
            {
                WriteIntoContainer(target, consumed ? Taint.None : value);
                return value;
            }

            StoreAt(entity, value, valueOperation);
            if (target is IFlowCaptureReferenceOperation capture && _captureAliases.TryGetValue(capture.Id, out var alias))
            {
                StoreAt(alias, value, valueOperation);
            }

            if (target is IPropertyReferenceOperation { Instance: { } instance } part && ComposedValues.IsPartOfWhole(part.Property) && EntityOf(instance) is { } whole)
            {
                _state.Add(whole, value);
                RecordWrite(whole, value);
            }

            return value;
        }

        /// <summary>Overwrites a tracked place; a copy of another tracked place brings its member paths along.</summary>
        private void StoreAt(Entity entity, Taint value, IOperation? valueOperation)
        {
            var source = EntityOf(valueOperation);
            if (source is not null && !source.Equals(entity))
            {
                _state.CopyTree(source, entity);
                if (!value.Equals(_state.GetDeep(entity)))
                {
                    _state.Add(entity, value);
                }
            }
            else
            {
                SetComposite(entity, value, valueOperation);
            }

            RecordWrite(entity, value);
        }

        private void WriteIntoContainer(IOperation target, Taint value)
        {
            switch (target)
            {
                case IArrayElementReferenceOperation element:
                    EvalAll(element.Indices);
                    AddTo(element.ArrayReference, value);
                    break;
                case IPropertyReferenceOperation indexer when indexer.Arguments.Length > 0:
                    EvalAll(indexer.Arguments);
                    AddTo(indexer.Instance, value);
                    break;
                case IMemberReferenceOperation member:
                    AddTo(member.Instance, value);
                    break;
                default:
                    Eval(target);
                    break;
            }
        }

        /// <summary>The container now holds <paramref name="value"/> too: a list after <c>Add</c>, an array after a store.</summary>
        private void AddTo(IOperation? container, Taint value)
        {
            var entity = EntityOf(container);
            if (entity is null)
            {
                Eval(container);
                return;
            }

            if (value.IsEmpty)
            {
                return;
            }

            _state.Add(entity, value);
            RecordWrite(entity, value);
        }

        private void RecordWrite(Entity entity, Taint value)
        {
            var root = entity;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            if (root.Kind == EntityKind.This)
            {
                var field = entity;
                while (field.Depth > 1)
                {
                    field = field.Parent!;
                }

                if (field.Depth == 0)
                {
                    _summary.ReceiverWrites = _summary.ReceiverWrites.Union(value);
                    return;
                }

                _summary.AddReceiverFieldWrite(field.Symbol!, value);
                if (entity.Depth == 1)
                {
                    _summary.AddFieldWrite(entity.Symbol!, value);
                }
            }
            else if (root.Kind == EntityKind.Static && entity.Depth == 0)
            {
                _summary.AddFieldWrite(entity.Symbol!, value);
            }
        }

        private Taint Deconstruct(IOperation target, IOperation value)
        {
            if (target is IDeclarationExpressionOperation declaration)
            {
                target = declaration.Expression;
            }

            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            if (target is ITupleOperation targets && value is ITupleOperation values && targets.Elements.Length == values.Elements.Length)
            {
                var all = Taint.None;
                for (var i = 0; i < targets.Elements.Length; i++)
                {
                    all = all.Union(Deconstruct(targets.Elements[i], values.Elements[i]));
                }

                return all;
            }

            var taint = Eval(value);
            if (target is ITupleOperation tuple)
            {
                var source = EntityOf(value);
                for (var i = 0; i < tuple.Elements.Length; i++)
                {
                    var element = tuple.Elements[i];
                    var field = TupleField(value.Type, i);
                    var path = source is null || field is null ? null : Entity.Member(source, field);
                    var elementTaint = path is null ? taint : _state.Get(source!).Union(_state.GetDeep(path));
                    Assign(element is IDeclarationExpressionOperation d ? d.Expression : element, elementTaint, null);
                }

                return taint;
            }

            return Assign(target, taint, value);
        }
    }
}
