using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>Calls and object creation: sinks, sanitizers, summaries of our own methods, and library semantics for the rest.</summary>
    internal sealed partial class FlowWalker
    {
        private Taint Invoke(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var receiver = invocation.Instance;
            var receiverTaint = Eval(receiver);
            var arguments = EvaluateArguments(invocation.Arguments, receiverTaint);
            if (method.MethodKind == MethodKind.LocalFunction)
            {
                return InvokeLocalFunction(method, arguments);
            }

            var sinkKinds = CheckSinks(method, receiver, receiverTaint, arguments);
            if (_sanitizers.IsSanitizer(method) && !PassesThrough(receiver, 0))
            {
                return Taint.None;
            }

            var selector = _classifier.ProtectedMember(method, receiver?.Type);
            var result = selector is null ? Taint.None : Taint.Of(new SourceLabel(ReturnedSubject(method, selector), selector));
            var summary = SummaryWorthApplying(method, receiverTaint, arguments, invocation.IsVirtual);
            result = summary is not null
                ? result.Union(ApplySummary(method, summary, receiver, receiverTaint, arguments, sinkKinds))
                : result.Union(CallLibrary(method, receiver, receiverTaint, arguments, sinkKinds));
            if (method.MethodKind == MethodKind.DelegateInvoke)
            {
                result = result.Union(InvokeLocalDelegate(receiver, arguments));
            }

            return selector is null && Facts.IsFactMethod(method) ? Taint.None : result;
        }

        private Taint Create(IObjectCreationOperation creation)
        {
            var arguments = EvaluateArguments(creation.Arguments, Taint.None);
            var result = Eval(creation.Initializer);
            var constructor = creation.Constructor;
            if (constructor is not null)
            {
                var sinkKinds = CheckSinks(constructor, null, Taint.None, arguments);
                var summary = SummaryWorthApplying(constructor, Taint.None, arguments);
                result = summary is not null
                    ? result.Union(ApplySummary(constructor, summary, null, Taint.None, arguments, sinkKinds)).Union(Constructed(creation, summary, arguments))
                    : result.Union(arguments.Aggregate(Taint.None, (taint, argument) => taint.Union(argument.Taint)));
            }

            var selector = _classifier.ProtectedValueType(creation.Type);
            return selector is null ? result : result.Union(Taint.Of(new SourceLabel(creation.Type!.Name, selector)));
        }

        /// <summary>
        /// The summary of one of our methods, when this call can learn something from it: the call hands it data, or
        /// the method meets the trigger itself. Otherwise the call returns nothing protected and reaches no sink with
        /// protected data, and the method is not walked for it. A virtual call learns from every body it may run.
        /// </summary>
        private MethodSummary? SummaryWorthApplying(IMethodSymbol method, Taint receiverTaint, List<ArgumentValue> arguments, bool isVirtual = false)
        {
            var given = !receiverTaint.IsEmpty || arguments.Any(argument => !argument.Taint.IsEmpty);
            return given || _context.DispatchMentions(method, isVirtual, _cancellationToken)
                ? _context.DispatchedSummaryOf(method, isVirtual, _cancellationToken)
                : null;
        }

        private List<ArgumentValue> EvaluateArguments(IEnumerable<IArgumentOperation> arguments, Taint receiverTaint)
        {
            var values = new List<ArgumentValue>();
            var lambdas = new List<IArgumentOperation>();
            var known = receiverTaint;
            foreach (var argument in arguments)
            {
                if (LambdaOf(argument.Value) is not null)
                {
                    lambdas.Add(argument);
                    continue;
                }

                ArgumentValue value;
                if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: not null } array)
                {
                    var elements = array.Initializer.ElementValues.Select(element => new KeyValuePair<IOperation, Taint>(element, Eval(element))).ToList();
                    value = new ArgumentValue(argument, elements.Aggregate(Taint.None, (taint, element) => taint.Union(element.Value)), elements);
                }
                else
                {
                    value = new ArgumentValue(argument, Eval(argument.Value), null);
                }

                known = known.Union(value.Taint);
                values.Add(value);
            }

            foreach (var argument in lambdas)
            {
                values.Add(new ArgumentValue(argument, Lambda(LambdaOf(argument.Value)!, known), null));
            }

            for (var i = 0; i < values.Count; i++)
            {
                if (MethodGroupOf(values[i].Argument.Value) is { } target)
                {
                    values[i] = new ArgumentValue(values[i].Argument, MethodGroup(target, known), null);
                }
            }

            return lambdas.Count == 0 ? values : values.OrderBy(value => value.Ordinal).ToList();
        }

        /// <summary>A method group handed to a library (<c>patients.Select(Describe)</c>) returns what the method returns for what it is given.</summary>
        private Taint MethodGroup(IMethodSymbol target, Taint given)
        {
            var summary = target.MethodKind == MethodKind.LocalFunction ? null : _context.SummaryOf(target, _cancellationToken);
            return summary is null ? given : summary.Returns.Instantiate(_ => given);
        }

        private static IMethodSymbol? MethodGroupOf(IOperation value) => MethodReferenceOf(value)?.Method;

        private static IFlowAnonymousFunctionOperation? LambdaOf(IOperation value) => value switch
        {
            IFlowAnonymousFunctionOperation lambda => lambda,
            IDelegateCreationOperation { Target: IFlowAnonymousFunctionOperation lambda } => lambda,
            IConversionOperation conversion => LambdaOf(conversion.Operand),
            _ => null,
        };

        private static Taint ArgumentTaint(List<ArgumentValue> arguments, Taint receiverTaint, int ordinal)
        {
            if (ordinal == ParameterLabel.Receiver)
            {
                return receiverTaint;
            }

            var result = Taint.None;
            foreach (var argument in arguments)
            {
                if (argument.Ordinal == ordinal)
                {
                    result = result.Union(argument.Taint);
                }
            }

            return result;
        }

        /// <summary>
        /// The object one of our constructors builds: what it stores in each field or property is remembered member by
        /// member, so an assignment tracks them apart (<c>new Holder(name, id).Id</c> stays clean).
        /// </summary>
        private Taint Constructed(IObjectCreationOperation creation, MethodSummary summary, List<ArgumentValue> arguments)
        {
            Taint TaintOf(ParameterLabel label) => ArgumentTaint(arguments, Taint.None, label.Ordinal);

            var members = summary.ReceiverFieldWrites.Select(write => new KeyValuePair<ISymbol, Taint>(write.Key, write.Value.Instantiate(TaintOf))).ToList();
            var whole = summary.ReceiverWrites.Instantiate(TaintOf);
            if (whole.IsEmpty && _classifier.ProtectedValueType(creation.Type) is null)
            {
                _composites[creation] = members;
            }

            return members.Aggregate(whole, (taint, member) => taint.Union(member.Value));
        }

        /// <summary>
        /// Instantiates a summary of one of our own methods at this call. A method that is itself a sink of some kind
        /// (a policy sink, a <c>[LoggerMessage]</c> method) was reported as that sink; what its body does with its
        /// parameters is not reported again for the same kind.
        /// </summary>
        private Taint ApplySummary(IMethodSymbol method, MethodSummary summary, IOperation? receiver, Taint receiverTaint, List<ArgumentValue> arguments, SinkKinds reportedKinds)
        {
            Taint TaintOf(ParameterLabel label) =>
                label.Member is not null ? ReceiverMember(receiver, receiverTaint, label.Member) : ArgumentTaint(arguments, receiverTaint, label.Ordinal);

            // One flow is one finding: the values of one call that reach the same sink through the same calls by one
            // rule are reported once, at the first of them in argument order.
            var reached = new HashSet<string>();
            foreach (var parameterSink in summary.ParameterSinks.OrderBy(sink => sink.Ordinal))
            {
                if (reportedKinds.Contains(parameterSink.Kind))
                {
                    continue;
                }

                var calls = new[] { method }.Concat(parameterSink.Calls).ToList();
                // The whole chain, not only the sink: an approval covers a chain, and must not hide another one beside it.
                var sink = parameterSink.Kind + "|" + SinkNames.OfChain(calls);
                if (parameterSink.Ordinal == ParameterLabel.Receiver)
                {
                    if (receiver is not null)
                    {
                        var value = parameterSink.Member is null ? receiverTaint : ReceiverMember(receiver, receiverTaint, parameterSink.Member);
                        CheckValue(parameterSink.Kind, parameterSink.Mode, receiver, value, calls, parameterSink.Path, report: !reached.Contains(sink));
                    }

                    continue;
                }

                foreach (var argument in arguments.Where(a => a.Ordinal == parameterSink.Ordinal))
                {
                    foreach (var value in argument.Values)
                    {
                        if (CheckValue(parameterSink.Kind, parameterSink.Mode, value.Key, value.Value, calls, parameterSink.Path, report: !reached.Contains(sink)))
                        {
                            reached.Add(sink);
                        }
                    }
                }
            }

            foreach (var output in summary.OutParameters)
            {
                var argument = arguments.FirstOrDefault(a => a.Ordinal == output.Key);
                if (argument is not null)
                {
                    Assign(argument.Argument.Value, output.Value.Instantiate(TaintOf), null);
                }
            }

            ApplyParameterWrites(method, summary, arguments, TaintOf, reportedKinds);
            var receiverEntity = EntityOf(receiver);
            if (receiverEntity is not null)
            {
                StoreIntoReceiver(receiverEntity, null, summary.ReceiverWrites.Instantiate(TaintOf));
                foreach (var write in summary.ReceiverFieldWrites)
                {
                    StoreIntoReceiver(receiverEntity, write.Key, write.Value.Instantiate(TaintOf));
                }
            }

            return summary.Returns.Instantiate(TaintOf);
        }

        private void StoreIntoReceiver(Entity receiver, ISymbol? member, Taint written)
        {
            if (written.IsEmpty)
            {
                return;
            }

            var target = member is null ? receiver : Entity.Member(receiver, member) ?? receiver;
            _state.Add(target, written);
            RecordWrite(target, written);
        }

        /// <summary>What the caller's receiver holds in <paramref name="member"/>, for a callee that reads it.</summary>
        private Taint ReceiverMember(IOperation? receiver, Taint receiverTaint, ISymbol member)
        {
            var entity = EntityOf(receiver);
            if (entity is null)
            {
                return receiverTaint;
            }

            var stored = MemberOf(entity, member, out var whole, withFieldTaint: false);
            return stored.Union(ThroughMember(member, receiver!.Type, whole));
        }

        /// <summary>
        /// A call into a library: its result may carry anything its receiver and arguments carry; collection and
        /// builder methods store their arguments (unless the call is a sink, which consumed them); destination
        /// buffers and out arguments receive the inputs.
        /// </summary>
        private Taint CallLibrary(IMethodSymbol method, IOperation? receiver, Taint receiverTaint, List<ArgumentValue> arguments, SinkKinds sinkKinds)
        {
            var inputs = UnionOf(arguments, receiverTaint, except: null);
            if (method.Name == "ToString" && receiver is not null)
            {
                inputs = inputs.Union(PrintedBy(receiver));
            }

            if ((Mutators.StoresArguments(method) || WritesArguments(method)) && sinkKinds.IsEmpty)
            {
                var thisArgument = method.IsExtensionMethod ? arguments.FirstOrDefault(a => a.Ordinal == 0) : null;
                var stored = UnionOf(arguments, Taint.None, except: thisArgument);
                if (method.Name == "AppendFormatted")
                {
                    // An interpolated string handler formats each hole as the string would: with the value's own
                    // ToString(), or, for a record, its generated one that prints its members.
                    stored = arguments.Where(argument => argument != thisArgument)
                        .Aggregate(Taint.None, (taint, argument) => taint.Union(AsText(argument.Argument.Value, argument.Taint)));
                }

                var container = method.IsExtensionMethod ? thisArgument?.Argument.Value : receiver;
                if (!stored.IsEmpty && EntityOf(ChainedReceiver(container)) is { } entity)
                {
                    StoreIntoContainer(entity, stored);
                    StoreThroughWriter(ChainedReceiver(container), stored);
                }
            }

            WriteIntoDestinations(method, receiver, receiverTaint, arguments);

            foreach (var argument in arguments)
            {
                var parameter = argument.Parameter;
                if (parameter is null)
                {
                    continue;
                }

                var others = UnionOf(arguments, receiverTaint, except: argument);
                if (parameter.RefKind == RefKind.Out || parameter.RefKind == RefKind.Ref)
                {
                    Assign(argument.Argument.Value, others, null);
                }
                else if (!others.IsEmpty && Mutators.IsWritableBuffer(parameter) && EntityOf(argument.Argument.Value) is { } buffer)
                {
                    _state.Add(buffer, others);
                }
            }

            if (method.ReturnsVoid)
            {
                return Taint.None;
            }

            if (FormatStrings.Result(method, arguments) is { } formatted)
            {
                return formatted;
            }

            return Projections.ResultInputs(method) is { } relevant
                ? arguments.Where(argument => relevant.Contains(argument.Ordinal)).Aggregate(Taint.None, (taint, argument) => taint.Union(argument.Taint))
                : inputs;
        }

        /// <summary><paramref name="start"/> joined with every argument's taint but <paramref name="except"/>'s, in argument order.</summary>
        private static Taint UnionOf(List<ArgumentValue> arguments, Taint start, ArgumentValue? except)
        {
            var result = start;
            foreach (var argument in arguments)
            {
                if (argument != except)
                {
                    result = result.Union(argument.Taint);
                }
            }

            return result;
        }

        /// <summary>
        /// The container now holds <paramref name="stored"/> too; so does the place it copies when it is a flow capture,
        /// such as the receiver the compiler spills to hand it to an interpolated string handler (<c>builder.Append($"...")</c>).
        /// </summary>
        private void StoreIntoContainer(Entity container, Taint stored)
        {
            _state.Add(container, stored);
            RecordWrite(container, stored);
            if (container.Kind == EntityKind.Capture && _captureAliases.TryGetValue(container.Capture, out var alias))
            {
                _state.Add(alias, stored);
                RecordWrite(alias, stored);
            }
        }

        /// <summary>What a chain of mutators changes: <c>builder</c> in <c>builder.Append(a).Append(b)</c>, as each call returns its receiver.</summary>
        private static IOperation? ChainedReceiver(IOperation? container)
        {
            while (container is IInvocationOperation call && Mutators.ReturnsReceiver(call.TargetMethod))
            {
                container = call.TargetMethod.IsExtensionMethod ? call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value : call.Instance;
            }

            return container;
        }

        /// <summary>
        /// A call through a local delegate runs each lambda or local function the body assigns to that local, with this
        /// call's arguments and the state here; the call is also still treated as a library call, for whatever else the
        /// delegate may hold.
        /// </summary>
        private Taint InvokeLocalDelegate(IOperation? receiver, List<ArgumentValue> arguments)
        {
            var entity = EntityOf(receiver);
            if (entity is { Kind: EntityKind.Capture } && _captureAliases.TryGetValue(entity.Capture, out var alias))
            {
                entity = alias;
            }

            if (entity is not { Kind: EntityKind.Local, Symbol: ILocalSymbol local })
            {
                return Taint.None;
            }

            var result = Taint.None;
            foreach (var value in ValuesAssignedTo(local))
            {
                if (LambdaOf(value) is { } lambda)
                {
                    result = result.Union(Lambda(lambda, parameter => ArgumentTaint(arguments, Taint.None, parameter.Ordinal)));
                }
                else if (MethodGroupOf(value) is { MethodKind: MethodKind.LocalFunction } function)
                {
                    result = result.Union(InvokeLocalFunction(function, arguments));
                }
                else if (MethodReferenceOf(value) is { } reference)
                {
                    result = result.Union(InvokeMethodGroup(reference, arguments));
                }
            }

            return result;
        }

        /// <summary>
        /// A call through a delegate made from a method group (<c>Action&lt;string&gt; write = Console.WriteLine</c>) is
        /// a call of that method, on the instance the group was taken from, with the same arguments in the same places.
        /// An extension method taken from an instance is left out: its arguments move one place.
        /// </summary>
        private Taint InvokeMethodGroup(IMethodReferenceOperation reference, List<ArgumentValue> arguments)
        {
            var method = reference.Method;
            if (method.IsExtensionMethod && reference.Instance is not null)
            {
                return Taint.None;
            }

            // The group was taken where the delegate was made; only a receiver that reads a variable is read again here.
            var receiver = reference.Instance;
            var receiverTaint = receiver is ILocalReferenceOperation or IParameterReferenceOperation or IMemberReferenceOperation or IInstanceReferenceOperation
                ? Eval(receiver)
                : Taint.None;
            var handed = arguments.Select(argument => argument.HandedTo(method)).ToList();
            var sinkKinds = CheckSinks(method, receiver, receiverTaint, handed);
            var summary = SummaryWorthApplying(method, receiverTaint, handed);
            return summary is null ? Taint.None : ApplySummary(method, summary, receiver, receiverTaint, handed, sinkKinds);
        }

        private static IMethodReferenceOperation? MethodReferenceOf(IOperation value) => value switch
        {
            IDelegateCreationOperation { Target: IMethodReferenceOperation reference } => reference,
            IConversionOperation conversion => MethodReferenceOf(conversion.Operand),
            _ => null,
        };

        private List<IOperation> ValuesAssignedTo(ILocalSymbol local)
        {
            if (!_localAssignments.TryGetValue(local, out var values))
            {
                values = _graph.Blocks
                    .SelectMany(block => block.BranchValue is null ? block.Operations : block.Operations.Add(block.BranchValue))
                    .SelectMany(operation => operation.DescendantsAndSelf())
                    .OfType<ISimpleAssignmentOperation>()
                    .Where(assignment => assignment.Target is ILocalReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Local, local))
                    .Select(assignment => assignment.Value)
                    .ToList();
                _localAssignments[local] = values;
            }

            return values;
        }

        private Taint InvokeLocalFunction(IMethodSymbol method, List<ArgumentValue> arguments)
        {
            _summary.MarkWalked(method);
            ControlFlowGraph? graph;
            try
            {
                graph = _graph.GetLocalFunctionControlFlowGraphInScope(method, _cancellationToken);
            }
            catch (System.ArgumentException)
            {
                graph = null;
            }

            return RunNested(graph, method, parameter => ArgumentTaint(arguments, Taint.None, parameter.Ordinal));
        }
    }
}
