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
            var summary = new SummaryBuilder();
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
                    ? Taint.Of(new SourceLabel(parameter.Name, selector))
                    : Taint.Of(ParameterLabel.For(parameter.Ordinal)));
            }

            if (!method.IsStatic)
            {
                state.Set(Entity.This, Taint.Of(ParameterLabel.For(ParameterLabel.Receiver)));
            }

            return state;
        }

        private FlowState Run(FlowState initial, out Taint returns)
        {
            var blocks = _graph.Blocks;
            var inputs = new FlowState?[blocks.Length];
            var visits = new int[blocks.Length];
            var orphans = blocks.Where(b => b.Kind != BasicBlockKind.Entry && b.Predecessors.IsEmpty).Select(b => b.Ordinal).ToList();
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

                Propagate(block.ConditionalSuccessor, inputs, worklist);
                Propagate(block.FallThroughSuccessor, inputs, worklist);
                if (everything.JoinWith(_state))
                {
                    foreach (var orphan in orphans)
                    {
                        if (inputs[orphan] is null)
                        {
                            inputs[orphan] = everything.Clone();
                            worklist.Add(orphan);
                        }
                        else if (inputs[orphan]!.JoinWith(everything))
                        {
                            worklist.Add(orphan);
                        }
                    }
                }
                else
                {
                    foreach (var orphan in orphans.Where(o => inputs[o] is null))
                    {
                        inputs[orphan] = everything.Clone();
                        worklist.Add(orphan);
                    }
                }
            }

            return inputs[blocks.Length - 1] ?? everything;
        }

        private void Propagate(ControlFlowBranch? branch, FlowState?[] inputs, SortedSet<int> worklist)
        {
            var destination = branch?.Destination;
            if (destination is null)
            {
                return;
            }

            var existing = inputs[destination.Ordinal];
            if (existing is null)
            {
                inputs[destination.Ordinal] = _state.Clone();
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
