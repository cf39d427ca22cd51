using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PhiGuard.Analyzers.Classification;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>The value of each operation: the labels it may carry. Assignments and calls also update the state.</summary>
    internal sealed partial class FlowWalker
    {
        /// <summary>
        /// The walk recurses through nested operations; a deep tree (a long concatenation, deeply nested conditionals or
        /// lambdas) continues on a fresh stack rather than overflowing this one.
        /// </summary>
        private Taint Eval(IOperation? operation) => StackGuard.HasRoom() ? Evaluate(operation) : StackGuard.OnFreshStack(() => Evaluate(operation));

        private Taint Evaluate(IOperation? operation)
        {
            switch (operation)
            {
                case null:
                case ILiteralOperation:
                case IDefaultValueOperation:
                case ITypeOfOperation:
                case ISizeOfOperation:
                case INameOfOperation:
                case IIsTypeOperation:
                case IDiscardOperation:
                case IMethodReferenceOperation:
                    return Taint.None;

                case IFlowCaptureOperation capture:
                    return Capture(capture);
                case IFlowCaptureReferenceOperation reference:
                    return _state.GetDeep(Entity.FlowCapture(reference.Id));
                case ILocalReferenceOperation local:
                    return _state.GetDeep(Entity.Local(local.Local)).Union(LocalSource(local.Local));
                case IParameterReferenceOperation parameter:
                    return _state.GetDeep(Entity.Parameter(parameter.Parameter));
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance }:
                    return _state.GetDeep(Entity.This);
                case IInstanceReferenceOperation:
                    return Taint.None;

                case IFieldReferenceOperation or IPropertyReferenceOperation { Arguments.Length: 0 }:
                    return ReadMember((IMemberReferenceOperation)operation);
                case IPropertyReferenceOperation indexer:
                    return ReadIndexer(indexer);
                case IArrayElementReferenceOperation element:
                    EvalAll(element.Indices);
                    return Eval(element.ArrayReference);
                case IEventReferenceOperation eventReference:
                    return Eval(eventReference.Instance);

                case ISimpleAssignmentOperation assignment:
                    return AssignFrom(assignment.Target, assignment.Value);
                case ICompoundAssignmentOperation compound:
                    return Assign(compound.Target, Eval(compound.Target).Union(Eval(compound.Value)), null);
                case ICoalesceAssignmentOperation coalesce:
                    return Assign(coalesce.Target, Eval(coalesce.Target).Union(Eval(coalesce.Value)), null);
                case IDeconstructionAssignmentOperation deconstruction:
                    return Deconstruct(deconstruction.Target, deconstruction.Value);
                case IIncrementOrDecrementOperation increment:
                    return Eval(increment.Target);

                case IBinaryOperation binary:
                    return Binary(binary);
                case IUnaryOperation unary:
                    var operand = Eval(unary.Operand);
                    return unary.OperatorKind == UnaryOperatorKind.Not || Facts.IsBoolean(unary.Type) ? Taint.None : operand;
                case IConversionOperation conversion:
                    var converted = Eval(conversion.Operand);
                    return Facts.IsBoolean(conversion.Type) ? Taint.None : converted;
                case IIsNullOperation isNull:
                    Eval(isNull.Operand);
                    return Taint.None;
                case IIsPatternOperation pattern:
                    BindPattern(pattern.Pattern, Eval(pattern.Value));
                    return Taint.None;

                case IInterpolatedStringOperation interpolated:
                    return interpolated.Parts.Aggregate(Taint.None, (taint, part) => taint.Union(InterpolationPart(part)));
                case IInterpolatedStringHandlerCreationOperation handler:
                    return Eval(handler.Content);
                case IInterpolatedStringAdditionOperation addition:
                    return Eval(addition.Left).Union(Eval(addition.Right));

                case IInvocationOperation invocation:
                    return Invoke(invocation);
                case IObjectCreationOperation creation:
                    return Create(creation);
                case IAnonymousObjectCreationOperation anonymous:
                    return Composite(anonymous, anonymous.Initializers.OfType<ISimpleAssignmentOperation>().Select(i => new KeyValuePair<ISymbol?, IOperation>((i.Target as IPropertyReferenceOperation)?.Property, i.Value)));
                case ITupleOperation tuple:
                    return Composite(tuple, tuple.Elements.Select((element, i) => new KeyValuePair<ISymbol?, IOperation>(TupleField(tuple.Type, i), element)));
                case IArrayCreationOperation array:
                    EvalAll(array.DimensionSizes);
                    return Eval(array.Initializer);
                case IArrayInitializerOperation initializer:
                    return EvalAll(initializer.ElementValues);

                case IAwaitOperation awaited:
                    return Eval(awaited.Operation);
                case IConditionalOperation conditional:
                    Eval(conditional.Condition);
                    return Eval(conditional.WhenTrue).Union(Eval(conditional.WhenFalse));
                case ICoalesceOperation coalesceValue:
                    return Eval(coalesceValue.Value).Union(Eval(coalesceValue.WhenNull));
                case IDeclarationExpressionOperation declaration:
                    return Eval(declaration.Expression);
                case IFlowAnonymousFunctionOperation lambda:
                    return Lambda(lambda, Taint.None);
                case IDelegateCreationOperation creationOfDelegate:
                    return Eval(creationOfDelegate.Target);
                case IArgumentOperation argument:
                    return Eval(argument.Value);
                case IThrowOperation thrown:
                    return Eval(thrown.Exception);

                default:
                    return EvalAll(operation.ChildOperations);
            }
        }

        private Taint EvalAll(System.Collections.Generic.IEnumerable<IOperation?> operations)
        {
            var result = Taint.None;
            foreach (var operation in operations)
            {
                result = result.Union(Eval(operation));
            }

            return result;
        }

        private Taint Capture(IFlowCaptureOperation capture)
        {
            var value = Eval(capture.Value);
            var target = Entity.FlowCapture(capture.Id);
            var source = EntityOf(capture.Value);
            if (source is not null)
            {
                _captureAliases[capture.Id] = source;
                _state.CopyTree(source, target);
                if (!value.Equals(_state.GetDeep(target)))
                {
                    _state.Add(target, value);
                }
            }
            else
            {
                SetComposite(target, value, capture.Value);
            }

            return value;
        }

        /// <summary>
        /// A tuple or anonymous object: each member's value is remembered, so that an assignment can track the
        /// members apart (<c>pair.Count</c> stays clean when only <c>pair.Name</c> is protected).
        /// </summary>
        private Taint Composite(IOperation operation, IEnumerable<KeyValuePair<ISymbol?, IOperation>> members)
        {
            var all = Taint.None;
            var known = new List<KeyValuePair<ISymbol, Taint>>();
            foreach (var member in members)
            {
                var taint = Eval(member.Value);
                all = all.Union(taint);
                if (member.Key is not null)
                {
                    known.Add(new KeyValuePair<ISymbol, Taint>(member.Key, taint));
                }
            }

            _composites[operation] = known;
            return all;
        }

        /// <summary>Stores a value at <paramref name="entity"/>: member by member when it is a tuple or anonymous object just built.</summary>
        private void SetComposite(Entity entity, Taint value, IOperation? valueOperation)
        {
            while (valueOperation is IConversionOperation conversion)
            {
                valueOperation = conversion.Operand;
            }

            if (valueOperation is null || !_composites.TryGetValue(valueOperation, out var members))
            {
                _state.Set(entity, value);
                return;
            }

            _state.Set(entity, Taint.None);
            foreach (var member in members)
            {
                var path = Entity.Member(entity, member.Key);
                if (path is null)
                {
                    _state.Set(entity, value);
                    return;
                }

                _state.Add(path, member.Value);
            }
        }

        private static ISymbol? TupleField(ITypeSymbol? type, int index) =>
            type is INamedTypeSymbol { IsTupleType: true } tuple && index < tuple.TupleElements.Length ? tuple.TupleElements[index] : null;

        private Taint LocalSource(ILocalSymbol local)
        {
            var selector = _classifier.ProtectedLocal(local);
            return selector is null ? Taint.None : Taint.Of(new SourceLabel(local.Name, selector));
        }

        /// <summary>
        /// Reading <c>x.M</c>: protected if the policy says so; otherwise it carries what was stored at that path,
        /// and what the whole of <c>x</c> carries unless <c>M</c> is a fact (a length, a count) or carved out.
        /// </summary>
        private Taint ReadMember(IMemberReferenceOperation reference)
        {
            var member = reference.Member;
            var receiver = reference.Instance;
            var receiverType = receiver?.Type;
            var selector = _classifier.ProtectedMember(member, receiverType);
            var result = selector is null ? Taint.None : Taint.Of(new SourceLabel(Subject(member, receiverType), selector));
            if (receiver is null)
            {
                return result.Union(_state.GetDeep(Entity.Static(member))).Union(_context.FieldTaint(member, _cancellationToken));
            }

            var receiverEntity = EntityOf(receiver);
            Taint whole;
            if (receiverEntity is null)
            {
                whole = Eval(receiver);
            }
            else
            {
                result = result.Union(MemberOf(receiverEntity, member, out whole));
                whole = whole.Union(ProtectedPath(receiver));
            }

            return selector is null ? result.Union(ThroughMember(member, receiverType, whole)) : result;
        }

        /// <summary>
        /// What the policy itself says of a receiver that is a chain of member reads, such as <c>condition.Code</c> in
        /// <c>condition.Code.Text</c>: the chain is tracked as a path, but nothing may have been stored at it.
        /// </summary>
        private Taint ProtectedPath(IOperation receiver)
        {
            while (receiver is IConversionOperation conversion)
            {
                receiver = conversion.Operand;
            }

            if (receiver is not IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol } reference || reference.Instance is null)
            {
                return Taint.None;
            }

            var selector = _classifier.ProtectedMember(reference.Member, reference.Instance.Type);
            return selector is not null
                ? Taint.Of(new SourceLabel(Subject(reference.Member, reference.Instance.Type), selector))
                : ThroughMember(reference.Member, reference.Instance.Type, ProtectedPath(reference.Instance));
        }

        /// <summary>How a message names a call result the policy protects: the method, or the protected value it returns.</summary>
        private string ReturnedSubject(IMethodSymbol method, Selector selector) =>
            ReferenceEquals(selector, _classifier.ProtectedValueType(method.ReturnType))
                ? ProtectedTypeName(method.ReturnType) + " from " + SinkNames.Of(method)
                : SinkNames.Of(method);

        /// <summary>The protected type inside a returned value: <c>Patient</c> for <c>Task&lt;List&lt;Patient&gt;&gt;</c>.</summary>
        private string ProtectedTypeName(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol array)
            {
                return ProtectedTypeName(array.ElementType);
            }

            if (_classifier.ProtectedType(type) is not null || type is not INamedTypeSymbol { IsGenericType: true } named)
            {
                return type.Name;
            }

            var inner = named.TypeArguments.FirstOrDefault(argument => _classifier.ProtectedValueType(argument) is not null);
            return inner is null ? type.Name : ProtectedTypeName(inner);
        }

        /// <summary>
        /// What a member the policy does not name reveals of an object that carries <paramref name="whole"/>: all of
        /// it, unless the member is a fact (a length, a count), carved out, or the object's type is protected, in which
        /// case the policy has already said which members are.
        /// </summary>
        private Taint ThroughMember(ISymbol member, ITypeSymbol? receiverType, Taint whole)
        {
            var receiverDecides = receiverType is not null && _classifier.ProtectedType(receiverType) is not null;
            return receiverDecides || Facts.IsFactMember(member) || _classifier.IsUnprotectedMember(member, receiverType) ? Taint.None : whole;
        }

        /// <summary>
        /// What is known to be stored at <c>entity.member</c>, and (in <paramref name="whole"/>) what the entity as a
        /// whole carries. Through <c>this</c>, the whole receiver a caller passes is narrowed to that member of it.
        /// </summary>
        private Taint MemberOf(Entity entity, ISymbol member, out Taint whole) => MemberOf(entity, member, out whole, withFieldTaint: true);

        /// <summary>
        /// <paramref name="withFieldTaint"/>: include what other methods store into a field of <c>this</c>. A callee
        /// that reads such a field reports that itself, so its callers leave it out.
        /// </summary>
        private Taint MemberOf(Entity entity, ISymbol member, out Taint whole, bool withFieldTaint)
        {
            var path = Entity.Member(entity, member);
            var stored = path is null ? Taint.None : _state.GetDeep(path);
            whole = WholeOf(entity);
            if (entity.Kind == EntityKind.This)
            {
                whole = NarrowToMember(whole, member);
                if (withFieldTaint)
                {
                    stored = stored.Union(_context.FieldTaint(member, _cancellationToken));
                }
            }

            return stored;
        }

        /// <summary>What an entity carries as a whole; a field of <c>this</c> also carries what the caller's receiver holds in it.</summary>
        private Taint WholeOf(Entity entity)
        {
            var own = _state.Get(entity);
            return entity is { Kind: EntityKind.Member, Depth: 1, Parent.Kind: EntityKind.This }
                ? own.Union(NarrowToMember(_state.Get(Entity.This), entity.Symbol!))
                : own;
        }

        private static Taint NarrowToMember(Taint receiver, ISymbol member) =>
            receiver.Instantiate(label => Taint.Of(label.IsWholeReceiver ? ParameterLabel.ForReceiverMember(member) : label));

        private Taint ReadIndexer(IPropertyReferenceOperation indexer)
        {
            EvalAll(indexer.Arguments);
            var selector = _classifier.ProtectedMember(indexer.Property, indexer.Instance?.Type);
            var result = selector is null ? Taint.None : Taint.Of(new SourceLabel(Subject(indexer.Property, indexer.Instance?.Type), selector));
            return result.Union(Eval(indexer.Instance));
        }

        private static string Subject(ISymbol member, ITypeSymbol? receiverType) =>
            (receiverType is INamedTypeSymbol named && !named.IsAnonymousType ? named.Name : member.ContainingType?.Name ?? string.Empty) + "." + member.Name;

        private Taint Binary(IBinaryOperation binary)
        {
            var left = Eval(binary.LeftOperand);
            var right = Eval(binary.RightOperand);
            if (Facts.IsBoolean(binary.Type))
            {
                return Taint.None;
            }

            if (binary.OperatorKind == BinaryOperatorKind.Add && binary.Type?.SpecialType == SpecialType.System_String)
            {
                left = AsText(binary.LeftOperand, left);
                right = AsText(binary.RightOperand, right);
            }

            return left.Union(right);
        }

        private Taint InterpolationPart(IInterpolatedStringContentOperation part) => part switch
        {
            IInterpolationOperation interpolation => Hole(interpolation),
            IInterpolatedStringAppendOperation append => Eval(append.AppendCall),
            _ => Taint.None,
        };

        /// <summary>What turning the value into text reveals beyond its flow: a record's generated <c>ToString()</c> prints its members.</summary>
        private Taint PrintedBy(IOperation operation)
        {
            var type = (operation is IConversionOperation conversion ? conversion.Operand : operation).Type;
            var exposed = _exposure.PrintedByRecordToString(type);
            return exposed is null ? Taint.None : Taint.Of(new SourceLabel(exposed.Path, exposed.Selector));
        }

        private void BindPattern(IPatternOperation pattern, Taint value)
        {
            switch (pattern)
            {
                case IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol local }:
                    _state.Set(Entity.Local(local), value);
                    break;
                case IRecursivePatternOperation recursive:
                    if (recursive.DeclaredSymbol is ILocalSymbol declared)
                    {
                        _state.Set(Entity.Local(declared), value);
                    }

                    foreach (var sub in recursive.PropertySubpatterns)
                    {
                        var member = (sub.Member as IMemberReferenceOperation)?.Member;
                        var selector = member is null ? null : _classifier.ProtectedMember(member, recursive.MatchedType);
                        var memberValue = member is null ? value : ThroughMember(member, recursive.MatchedType, value);
                        BindPattern(sub.Pattern, selector is null ? memberValue : Taint.Of(new SourceLabel(Subject(member!, recursive.MatchedType), selector)));
                    }

                    foreach (var sub in recursive.DeconstructionSubpatterns)
                    {
                        BindPattern(sub, value);
                    }

                    break;
                case IBinaryPatternOperation binaryPattern:
                    BindPattern(binaryPattern.LeftPattern, value);
                    BindPattern(binaryPattern.RightPattern, value);
                    break;
                case INegatedPatternOperation negated:
                    BindPattern(negated.Pattern, value);
                    break;
                case IListPatternOperation list:
                    if (list.DeclaredSymbol is ILocalSymbol listLocal)
                    {
                        _state.Set(Entity.Local(listLocal), value);
                    }

                    foreach (var sub in list.Patterns)
                    {
                        BindPattern(sub, value);
                    }

                    break;
                case ISlicePatternOperation { Pattern: not null } slice:
                    BindPattern(slice.Pattern, value);
                    break;
            }
        }

        private Taint Lambda(IFlowAnonymousFunctionOperation lambda, Taint parameterTaint) => Lambda(lambda, _ => parameterTaint);

        private Taint Lambda(IFlowAnonymousFunctionOperation lambda, System.Func<IParameterSymbol, Taint> parameterTaint)
        {
            ControlFlowGraph? graph;
            try
            {
                graph = _graph.GetAnonymousFunctionControlFlowGraph(lambda, _cancellationToken);
            }
            catch (System.ArgumentException)
            {
                graph = null;
            }

            return RunNested(graph, lambda.Symbol, parameterTaint);
        }

        /// <summary>The storage place an operation denotes, if the engine tracks it.</summary>
        private static Entity? EntityOf(IOperation? operation)
        {
            switch (operation)
            {
                case ILocalReferenceOperation local:
                    return Entity.Local(local.Local);
                case IParameterReferenceOperation parameter:
                    return Entity.Parameter(parameter.Parameter);
                case IFlowCaptureReferenceOperation capture:
                    return Entity.FlowCapture(capture.Id);
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance }:
                    return Entity.This;
                case IFieldReferenceOperation or IPropertyReferenceOperation { Arguments.Length: 0 }:
                    var reference = (IMemberReferenceOperation)operation;
                    if (reference.Instance is null)
                    {
                        return Entity.Static(reference.Member);
                    }

                    var parent = EntityOf(reference.Instance);
                    return parent is null ? null : Entity.Member(parent, reference.Member);
                case IConversionOperation { IsImplicit: true } conversion:
                    return EntityOf(conversion.Operand);
                case IDeclarationExpressionOperation declaration:
                    return EntityOf(declaration.Expression);
                default:
                    return null;
            }
        }
    }
}
