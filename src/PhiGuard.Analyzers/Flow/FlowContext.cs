using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PhiGuard.Analyzers.Approvals;
using PhiGuard.Analyzers.Classification;
using PhiGuard.Analyzers.Configuration;
using PhiGuard.Analyzers.Sinks;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>
    /// Everything the leak rules share for one compilation: the policy, the classifier, the resolved sinks and
    /// sanitizers, and the cache of method summaries, so every body is walked at most once however many rules
    /// ask about it.
    /// </summary>
    internal sealed partial class FlowContext
    {
        private const int MaxCalleeDepth = 8;

        private static readonly ConditionalWeakTable<Compilation, FlowContext> Contexts = new ConditionalWeakTable<Compilation, FlowContext>();
        private static readonly ConditionalWeakTable<Compilation, object> Creating = new ConditionalWeakTable<Compilation, object>();

        [ThreadStatic]
        private static List<SyntaxNode>? inProgress;

        private readonly ConcurrentDictionary<SyntaxNode, MethodSummary> _summaries = new ConcurrentDictionary<SyntaxNode, MethodSummary>();
        private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new ConcurrentDictionary<SyntaxTree, SemanticModel>();

        private FlowContext(Compilation compilation, AnalyzerOptions options, PolicyState policyState)
        {
            Compilation = compilation;
            Options = options;
            PolicyState = policyState;
            var policy = policyState.Policy;
            if (policy is not null)
            {
                Classifier = new ProtectionClassifier(policy);
                Sinks = new SinkResolver(compilation, policy);
                Sanitizers = new SanitizerResolver(policy);
                Exposure = new TypeExposure(Classifier, Sanitizers);
                Approvals = new ActiveApprovals(policy, BuildDate.Today(options));
            }
        }

        public Compilation Compilation { get; }

        public AnalyzerOptions Options { get; }

        public PolicyState PolicyState { get; }

        public EffectivePolicy? Policy => PolicyState.Policy;

        public ProtectionClassifier? Classifier { get; }

        public SinkResolver? Sinks { get; }

        public SanitizerResolver? Sanitizers { get; }

        public TypeExposure? Exposure { get; }

        /// <summary>The approved sinks in force today; a finding's path through one of them is kept only when no other path is there.</summary>
        public ActiveApprovals Approvals { get; } = ActiveApprovals.None;

        public static FlowContext For(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            if (Contexts.TryGetValue(compilation, out var existing) && ReferenceEquals(existing.Options, options))
            {
                return existing;
            }

            // Every rule asks at the start of the compilation, on several threads at once; one of them resolves the
            // policy and the sinks (a type lookup per sink row) while the others wait for it.
            lock (Creating.GetValue(compilation, _ => new object()))
            {
                if (Contexts.TryGetValue(compilation, out existing) && ReferenceEquals(existing.Options, options))
                {
                    return existing;
                }

                var created = new FlowContext(compilation, options, PolicyDiscovery.Load(options, cancellationToken));
                lock (Contexts)
                {
                    Contexts.Remove(compilation);
                    Contexts.Add(compilation, created);
                }

                return created;
            }
        }

        /// <summary>
        /// The summary of a body the analyzer driver handed us; walked only if protected data appears in it. A body
        /// without it is not cached as empty: callers may still need its summary, which <see cref="SummaryOf"/> builds.
        /// </summary>
        public MethodSummary AnalyzeBody(ISymbol owner, IOperation root, Func<ControlFlowGraph?> graph, CancellationToken cancellationToken)
        {
            if (_summaries.TryGetValue(root.Syntax, out var known))
            {
                return known;
            }

            return Guarded(root.Syntax, () => NeedsAnalysis(root, cancellationToken) ? Walk(owner, root.Syntax, graph, cancellationToken) : null) ?? MethodSummary.Empty;
        }

        /// <summary>
        /// The summary of a method declared in this compilation, or null when it has no body here, is being
        /// walked already (recursion), or is too deep in the call chain; callers then treat it as a library call.
        /// </summary>
        public MethodSummary? SummaryOf(IMethodSymbol method, CancellationToken cancellationToken)
        {
            method = method.PartialImplementationPart ?? method.OriginalDefinition;
            var syntax = DeclarationOf(method, cancellationToken);
            if (syntax is null)
            {
                return null;
            }

            if (_summaries.TryGetValue(syntax, out var known))
            {
                return known;
            }

            return Guarded(syntax, () =>
            {
                var root = OperationOf(syntax, cancellationToken);
                if (root is null)
                {
                    return null;
                }

                if (!NeedsAnalysis(root, cancellationToken) && !method.Parameters.Any() && method.IsStatic)
                {
                    return _summaries.GetOrAdd(syntax, MethodSummary.Empty);
                }

                return Walk(method, syntax, () => CreateGraph(root, cancellationToken), cancellationToken);
            });
        }

        /// <summary>
        /// Runs <paramref name="work"/> with <paramref name="key"/> on this thread's stack of bodies being summarised,
        /// or returns null when it is already there (recursion) or the stack is too deep. The trigger asks for callee
        /// summaries too, so it runs inside the guard.
        /// </summary>
        private static MethodSummary? Guarded(SyntaxNode key, Func<MethodSummary?> work)
        {
            var stack = inProgress ??= new List<SyntaxNode>();
            if (stack.Count >= MaxCalleeDepth || stack.Contains(key))
            {
                return null;
            }

            stack.Add(key);
            try
            {
                return work();
            }
            finally
            {
                stack.RemoveAt(stack.Count - 1);
            }
        }

        private MethodSummary? Walk(ISymbol owner, SyntaxNode key, Func<ControlFlowGraph?> graph, CancellationToken cancellationToken)
        {
            var cfg = graph();
            return cfg is null ? null : _summaries.GetOrAdd(key, FlowWalker.Summarize(this, owner, cfg, cancellationToken));
        }

        private static ControlFlowGraph? CreateGraph(IOperation root, CancellationToken cancellationToken) => root switch
        {
            IMethodBodyOperation body => ControlFlowGraph.Create(body, cancellationToken),
            IConstructorBodyOperation body => ControlFlowGraph.Create(body, cancellationToken),
            IBlockOperation { Parent: null } block => ControlFlowGraph.Create(block, cancellationToken),
            _ => null,
        };

        /// <summary>The declaration of a method with a body in this compilation, or null.</summary>
        private SyntaxNode? DeclarationOf(IMethodSymbol method, CancellationToken cancellationToken)
        {
            method = method.PartialImplementationPart ?? method.OriginalDefinition;
            if (method.IsAbstract || method.IsExtern || method.IsImplicitlyDeclared || method.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            var syntax = method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
            return Compilation.ContainsSyntaxTree(syntax.SyntaxTree) ? syntax : null;
        }

        /// <summary>
        /// The operation tree of a body elsewhere in the compilation. One semantic model per tree is kept, so a tree's
        /// bodies are bound once for all the summaries that need them.
        /// </summary>
        private IOperation? OperationOf(SyntaxNode syntax, CancellationToken cancellationToken)
        {
#pragma warning disable RS1030 // A callee's body lives in another tree; its summary is computed once per compilation and cached.
            var model = _models.GetOrAdd(syntax.SyntaxTree, tree => Compilation.GetSemanticModel(tree));
#pragma warning restore RS1030
            return model.GetOperation(syntax, cancellationToken);
        }
    }
}
