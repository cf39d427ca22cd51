using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PhiGuard.Analyzers.Sinks;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>
    /// Writers and what they write into. A writer is bound to its target where it is created
    /// (<c>new StreamWriter(memory)</c>, <c>XmlWriter.Create(builder)</c>): what is written into the writer is in the
    /// target too, and leaves with it (<c>ToArray</c>, <c>ToString</c>, <c>CopyTo</c>, <c>Save</c>). A writer bound to
    /// a file is storage at each write (the sink rows); a writer handed in as a parameter is the caller's, so what
    /// the body writes into it is part of the summary and is checked, or stored, where the caller's writer is known.
    /// </summary>
    internal sealed partial class FlowWalker
    {
        private const int MaxWriterHops = 4;

        private readonly Dictionary<ILocalSymbol, IOperation?> _writerTargets = new Dictionary<ILocalSymbol, IOperation?>(SymbolEqualityComparer.Default);
        private readonly Dictionary<ILocalSymbol, IOperation> _addedInto = new Dictionary<ILocalSymbol, IOperation>(SymbolEqualityComparer.Default);

        /// <summary>What a lambda writes into its own writer parameters: the lambda carries it to whoever calls it with a writer.</summary>
        private Taint _lambdaParameterWrites = Taint.None;

        /// <summary>
        /// A method of a writer, stream, builder or XML node that puts its arguments into it: <c>WriteElementString</c>,
        /// <c>WriteStringValue</c>, <c>AppendChild</c>, <c>SetAttributeValue</c>. <c>WriteTo</c> writes the other way.
        /// </summary>
        private static bool WritesArguments(IMethodSymbol method)
        {
            var name = method.Name;
            return !method.IsStatic
                && !name.StartsWith("WriteTo", StringComparison.Ordinal)
                && !name.StartsWith("WriteContentTo", StringComparison.Ordinal)
                && (name.StartsWith("Write", StringComparison.Ordinal)
                    || name.StartsWith("Append", StringComparison.Ordinal)
                    || name.StartsWith("Prepend", StringComparison.Ordinal)
                    || name.StartsWith("Insert", StringComparison.Ordinal)
                    || name.StartsWith("Add", StringComparison.Ordinal)
                    || name.StartsWith("Set", StringComparison.Ordinal)
                    || name.StartsWith("Replace", StringComparison.Ordinal))
                && StreamTargets.IsWritable(method.ContainingType);
        }

        /// <summary>
        /// <paramref name="written"/> went into the writer <paramref name="writer"/> (an expression naming it); it is also
        /// in the stream, writer or builder the writer was created over, and in what that one writes into.
        /// </summary>
        private void StoreThroughWriter(IOperation? writer, Taint written)
        {
            var current = writer;
            for (var hop = 0; hop < MaxWriterHops && current is not null && !written.IsEmpty; hop++)
            {
                var target = TargetOf(current);
                if (target is null || EntityOf(target) is not { } entity)
                {
                    return;
                }

                StoreIntoContainer(entity, written);
                current = target;
            }
        }

        /// <summary>The stream, writer or builder the writer <paramref name="writer"/> writes into, as its creation says.</summary>
        private IOperation? TargetOf(IOperation writer)
        {
            while (writer is IConversionOperation conversion)
            {
                writer = conversion.Operand;
            }

            if (writer is not ILocalReferenceOperation { Local: var local })
            {
                return StreamTargets.BoundTarget(writer);
            }

            if (!StreamTargets.IsWritable(local.Type))
            {
                return null;
            }

            if (_addedInto.TryGetValue(local, out var container))
            {
                return container;
            }

            if (!_writerTargets.TryGetValue(local, out var target))
            {
                target = StreamTargets.BoundTarget(StreamTargets.Initializer(_context.Compilation, local));
                _writerTargets[local] = target;
            }

            return target;
        }

        /// <summary>
        /// A library call that writes into a writer or stream it is handed (<c>doc.Save(stream)</c>,
        /// <c>memory.CopyTo(file)</c>, <c>serializer.Serialize(writer, value)</c>, a delegate called with a writer): what
        /// the receiver and the other arguments carry is written there. Into a file, that is storage at this call.
        /// </summary>
        private void WriteIntoDestinations(IMethodSymbol method, IOperation? receiver, Taint receiverTaint, List<ArgumentValue> arguments)
        {
            NoteAddedNodes(method, receiver, arguments);
            var isDelegate = method.MethodKind == MethodKind.DelegateInvoke;
            foreach (var destination in arguments)
            {
                var parameter = destination.Parameter;
                if (parameter is null
                    || parameter.RefKind != RefKind.None
                    || !(isDelegate ? StreamTargets.IsWritable(parameter.Type) : StreamTargets.IsOutput(parameter.Type))
                    || parameter.Name.StartsWith("source", StringComparison.OrdinalIgnoreCase)
                    || parameter.Name.StartsWith("input", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var written = UnionOf(arguments, receiverTaint, except: destination);
                if (written.IsEmpty)
                {
                    continue;
                }

                var target = destination.Argument.Value;
                if (StreamTargets.IsFile(_context.Compilation, target))
                {
                    var sink = new[] { method };
                    if (receiver is not null && !receiverTaint.IsEmpty)
                    {
                        CheckValue(SinkKind.Store, ValueMode.Text, receiver, receiverTaint, sink, NoPath);
                    }

                    foreach (var argument in arguments)
                    {
                        if (argument != destination && !argument.Taint.IsEmpty)
                        {
                            CheckValue(SinkKind.Store, ValueMode.Text, argument.Argument.Value, argument.Taint, sink, NoPath);
                        }
                    }
                }
                else if (EntityOf(target) is { } entity)
                {
                    StoreIntoContainer(entity, written);
                    StoreThroughWriter(target, written);
                }
            }
        }

        /// <summary>
        /// <c>root.AppendChild(node)</c>, <c>document.Add(element)</c>: the node is now part of the receiver, so what is
        /// written into the node later is in the receiver too.
        /// </summary>
        private void NoteAddedNodes(IMethodSymbol method, IOperation? receiver, List<ArgumentValue> arguments)
        {
            if (receiver is null || !WritesArguments(method))
            {
                return;
            }

            foreach (var argument in arguments)
            {
                var value = argument.Argument.Value;
                while (value is IConversionOperation conversion)
                {
                    value = conversion.Operand;
                }

                if (value is ILocalReferenceOperation { Local: var local } && StreamTargets.IsXmlNode(local.Type))
                {
                    _addedInto[local] = receiver;
                }
            }
        }

        /// <summary>
        /// A write into <paramref name="entity"/>: when it is one of this body's own writer, stream, builder or XML node
        /// parameters, the caller's object receives it (the summary), or, in a lambda, whoever calls the lambda with one.
        /// </summary>
        private void RecordParameterWrite(Entity entity, Taint value)
        {
            if (entity is not { Kind: EntityKind.Parameter, Symbol: IParameterSymbol parameter }
                || !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, _owner)
                || !StreamTargets.IsWritable(parameter.Type))
            {
                return;
            }

            if (_owner is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction })
            {
                _lambdaParameterWrites = _lambdaParameterWrites.Union(value);
            }
            else if (_enclosing.IsEmpty)
            {
                _summary.AddParameterWrite(parameter.Ordinal, value);
            }
        }

        /// <summary>
        /// Instantiates what one of our methods writes into the writers it is handed: a caller's writer bound to a file
        /// makes this call the storage finding; any other writer, stream or builder now holds the data.
        /// </summary>
        private void ApplyParameterWrites(IMethodSymbol method, MethodSummary summary, List<ArgumentValue> arguments, Func<ParameterLabel, Taint> taintOf, SinkKinds reportedKinds)
        {
            foreach (var write in summary.ParameterWrites)
            {
                var written = write.Value.Instantiate(taintOf);
                if (written.IsEmpty)
                {
                    continue;
                }

                foreach (var argument in arguments)
                {
                    if (argument.Ordinal != write.Key)
                    {
                        continue;
                    }

                    var writer = argument.Argument.Value;
                    if (StreamTargets.IsFile(_context.Compilation, writer))
                    {
                        if (!reportedKinds.Contains(SinkKind.Store))
                        {
                            CheckValue(SinkKind.Store, ValueMode.Text, writer, written, new[] { method }, NoPath);
                        }
                    }
                    else if (EntityOf(writer) is { } entity)
                    {
                        StoreIntoContainer(entity, written);
                        StoreThroughWriter(writer, written);
                    }
                }
            }
        }
    }
}
