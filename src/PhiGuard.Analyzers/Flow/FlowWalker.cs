using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using PhiGuard.Analyzers.Classification;
using PhiGuard.Analyzers.Sinks;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>
    /// Follows taint through one control-flow graph: a forward may-analysis over basic blocks, iterated to a
    /// fixed point, whose state maps locals, parameters, flow captures and member paths to the labels they
    /// may carry. Lambdas and local functions are walked where they are created or called, with the state
    /// they capture.
    /// </summary>
    internal sealed partial class FlowWalker
    {
        private const int MaxVisitsPerBlock = 12;
        private const int MaxNesting = 4;

        private readonly FlowContext _context;
        private readonly ProtectionClassifier _classifier;
        private readonly SinkResolver _sinks;
        private readonly SanitizerResolver _sanitizers;
        private readonly TypeExposure _exposure;
        private readonly ISymbol _owner;
        private readonly ControlFlowGraph _graph;
        private readonly SummaryBuilder _summary;
        private readonly int _nesting;
        private readonly CancellationToken _cancellationToken;
        private readonly Dictionary<CaptureId, Entity> _captureAliases = new Dictionary<CaptureId, Entity>();
        private readonly Dictionary<IOperation, List<KeyValuePair<ISymbol, Taint>>> _composites = new Dictionary<IOperation, List<KeyValuePair<ISymbol, Taint>>>();
        private readonly Dictionary<ILocalSymbol, List<IOperation>> _localAssignments = new Dictionary<ILocalSymbol, List<IOperation>>(SymbolEqualityComparer.Default);
        private FlowState _state = new FlowState();

        private FlowWalker(FlowContext context, ISymbol owner, ControlFlowGraph graph, SummaryBuilder summary, int nesting, CancellationToken cancellationToken)
        {
            _context = context;
            _classifier = context.Classifier!;
            _sinks = context.Sinks!;
            _sanitizers = context.Sanitizers!;
            _exposure = context.Exposure!;
            _owner = owner;
            _graph = graph;
            _summary = summary;
            _nesting = nesting;
            _cancellationToken = cancellationToken;
        }

        public static MethodSummary Summarize(FlowContext context, ISymbol owner, ControlFlowGraph graph, CancellationToken cancellationToken)
        {
            var summary = new SummaryBuilder(context.Approvals);
            var walker = new FlowWalker(context, owner, graph, summary, 0, cancellationToken);
            var method = owner as IMethodSymbol;
            var exit = walker.Run(walker.Seed(method), out var returns);
            summary.Returns = returns;
            if (method is not null)
            {
                foreach (var parameter in method.Parameters.Where(p => p.RefKind == RefKind.Out || p.RefKind == RefKind.Ref))
                {
                    summary.SetOutParameter(parameter.Ordinal, exit.GetDeep(Entity.Parameter(parameter)));
                }
            }

            return summary.Build();
        }

        /// <summary>Parameters start as protected data when the policy protects them, otherwise as "whatever the caller passes".</summary>
        private FlowState Seed(IMethodSymbol? method)
        {
            var state = new FlowState();
            if (method is null)
            {
                return state;
            }

            foreach (var parameter in method.Parameters)
            {
                var selector = _classifier.ProtectedParameter(parameter);
                state.Set(Entity.Parameter(parameter), selector is not null
                    ? Taint.Of(new SourceLabel(parameter.Name, selector, method))
                    : Taint.Of(ParameterLabel.For(parameter.Ordinal)));
            }

            if (!method.IsStatic)
            {
                state.Set(Entity.This, Taint.Of(ParameterLabel.For(ParameterLabel.Receiver)));
            }

            return state;
        }

        /// <summary>
        /// Iterates the blocks to a fixed point. Catch, filter and finally blocks have no predecessors in the graph
        /// (exceptions are not edges): they start from everything their try block may have held at any point.
        /// Unreachable blocks start from everything the method may hold.
        /// </summary>
        private FlowState Run(FlowState initial, out Taint returns)
        {
            var blocks = _graph.Blocks;
            var inputs = new FlowState?[blocks.Length];
            var outputs = new FlowState?[blocks.Length];
            var visits = new int[blocks.Length];
            var orphans = blocks.Where(b => b.Kind != BasicBlockKind.Entry && b.Predecessors.IsEmpty).Select(b => new KeyValuePair<int, ControlFlowRegion?>(b.Ordinal, TryRegionOf(b))).ToList();
            var everything = initial.Clone();
            var worklist = new SortedSet<int> { 0 };
            inputs[0] = initial;
            returns = Taint.None;

            while (worklist.Count > 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var ordinal = worklist.Min;
                worklist.Remove(ordinal);
                if (++visits[ordinal] > MaxVisitsPerBlock)
                {
                    continue;
                }

                var block = blocks[ordinal];
                _state = (inputs[ordinal] ?? everything).Clone();
                foreach (var operation in block.Operations)
                {
                    Eval(operation);
                }

                if (block.BranchValue is not null)
                {
                    var value = Eval(block.BranchValue);
                    if (block.ConditionalSuccessor is null && block.FallThroughSuccessor?.Semantics == ControlFlowBranchSemantics.Return)
                    {
                        returns = returns.Union(value);
                    }
                }

                // The block's own state is not needed after it, unless an orphan block is seeded from the outputs.
                outputs[ordinal] = _state;
                Propagate(block.ConditionalSuccessor, inputs, worklist, handOver: false);
                Propagate(block.FallThroughSuccessor, inputs, worklist, handOver: orphans.Count == 0);
                var grew = everything.JoinWith(_state);
                foreach (var orphan in orphans)
                {
                    var affected = orphan.Value is null ? grew : ordinal >= orphan.Value.FirstBlockOrdinal && ordinal <= orphan.Value.LastBlockOrdinal;
                    if (inputs[orphan.Key] is not null && !affected)
                    {
                        continue;
                    }

                    var input = orphan.Value is null ? everything : Within(orphan.Value, inputs, outputs);
                    if (inputs[orphan.Key] is null)
                    {
                        inputs[orphan.Key] = input.Clone();
                        worklist.Add(orphan.Key);
                    }
                    else if (inputs[orphan.Key]!.JoinWith(input))
                    {
                        worklist.Add(orphan.Key);
                    }
                }
            }

            return inputs[blocks.Length - 1] ?? everything;
        }

        /// <summary>The try region whose exceptions lead to <paramref name="block"/>, when it is in a catch, filter or finally.</summary>
        private static ControlFlowRegion? TryRegionOf(BasicBlock block)
        {
            for (var region = block.EnclosingRegion; region is not null; region = region.EnclosingRegion)
            {
                if (region.Kind is ControlFlowRegionKind.Catch or ControlFlowRegionKind.Filter or ControlFlowRegionKind.Finally or ControlFlowRegionKind.FilterAndHandler)
                {
                    var handled = region.EnclosingRegion;
                    while (handled is not null && handled.Kind is not (ControlFlowRegionKind.TryAndCatch or ControlFlowRegionKind.TryAndFinally))
                    {
                        handled = handled.EnclosingRegion;
                    }

                    return handled?.NestedRegions.FirstOrDefault(nested => nested.Kind == ControlFlowRegionKind.Try);
                }
            }

            return null;
        }

        /// <summary>The join of every state seen on entry to or exit from a block of <paramref name="region"/>.</summary>
        private static FlowState Within(ControlFlowRegion region, FlowState?[] inputs, FlowState?[] outputs)
        {
            var joined = new FlowState();
            for (var i = region.FirstBlockOrdinal; i <= region.LastBlockOrdinal; i++)
            {
                if (inputs[i] is { } input)
                {
                    joined.JoinWith(input);
                }

                if (outputs[i] is { } output)
                {
                    joined.JoinWith(output);
                }
            }

            return joined;
        }

        /// <summary>
        /// Joins the state into the branch's destination. A destination reached for the first time gets a copy, or,
        /// with <paramref name="handOver"/>, the state itself when that is the same as a copy.
        /// </summary>
        private void Propagate(ControlFlowBranch? branch, FlowState?[] inputs, SortedSet<int> worklist, bool handOver)
        {
            var destination = branch?.Destination;
            if (destination is null)
            {
                return;
            }

            var existing = inputs[destination.Ordinal];
            if (existing is null)
            {
                inputs[destination.Ordinal] = handOver && _state.StandsForCopy ? _state : _state.Clone();
                worklist.Add(destination.Ordinal);
            }
            else if (existing.JoinWith(_state))
            {
                worklist.Add(destination.Ordinal);
            }
        }

        /// <summary>Walks a lambda or local function body inside this one, starting from the state it captures.</summary>
        private Taint RunNested(ControlFlowGraph? graph, IMethodSymbol symbol, System.Func<IParameterSymbol, Taint> parameterTaint)
        {
            if (graph is null || _nesting >= MaxNesting)
            {
                return Taint.None;
            }

            var nested = new FlowWalker(_context, symbol, graph, _summary, _nesting + 1, _cancellationToken);
            var initial = _state.Clone();
            foreach (var parameter in symbol.Parameters)
            {
                var selector = _classifier.ProtectedParameter(parameter);
                var taint = parameterTaint(parameter);
                if (selector is not null)
                {
                    taint = taint.Union(Taint.Of(new SourceLabel(parameter.Name, selector)));
                }

                initial.Set(Entity.Parameter(parameter), taint);
            }

            nested.Run(initial, out var returns);
            return returns;
        }
    }
}
