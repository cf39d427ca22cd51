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
    /// sanitizers, and the method summaries, so every body is walked once however many rules ask about it (a
    /// recursive one until its summary reaches a fixed point).
    /// </summary>
    internal sealed partial class FlowContext
    {
        private static readonly ConditionalWeakTable<Compilation, FlowContext> Contexts = new ConditionalWeakTable<Compilation, FlowContext>();
        private static readonly ConditionalWeakTable<Compilation, object> Creating = new ConditionalWeakTable<Compilation, object>();

        private readonly FixedPoints _facts = new FixedPoints();
        private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new ConcurrentDictionary<SyntaxTree, SemanticModel>();
        private readonly ConcurrentDictionary<SyntaxTree, Compilation> _projectOfTree = new ConcurrentDictionary<SyntaxTree, Compilation>();

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
            if (_facts.TryGetFinal<MethodSummary>(FactKey.Summary(root.Syntax), out var known))
            {
                return known;
            }

            return NeedsAnalysis(root, cancellationToken) ? Summary(root.Syntax, () => Walk(owner, graph, cancellationToken)) ?? MethodSummary.Empty : MethodSummary.Empty;
        }

        /// <summary>
        /// The summary of a method declared in this compilation, or null when it has no body here; callers then treat
        /// it as a library call. A recursive method's summary is the fixed point of its recursion.
        /// </summary>
        public MethodSummary? SummaryOf(IMethodSymbol method, CancellationToken cancellationToken)
        {
            method = method.PartialImplementationPart ?? method.OriginalDefinition;
            var syntax = DeclarationOf(method, cancellationToken);
            if (syntax is null)
            {
                return null;
            }

            return Summary(syntax, () =>
            {
                var root = OperationOf(syntax, cancellationToken);
                if (root is null)
                {
                    return MethodSummary.NoBody;
                }

                if (!NeedsAnalysis(root, cancellationToken) && !method.Parameters.Any() && method.IsStatic)
                {
                    return MethodSummary.Empty;
                }

                return Walk(method, () => CreateGraph(root, cancellationToken), cancellationToken);
            });
        }

        private MethodSummary? Summary(SyntaxNode key, Func<MethodSummary> walk)
        {
            var summary = _facts.Get(FactKey.Summary(key), MethodSummary.Empty, walk, MethodSummary.Join);
            return ReferenceEquals(summary, MethodSummary.NoBody) ? null : summary;
        }

        private MethodSummary Walk(ISymbol owner, Func<ControlFlowGraph?> graph, CancellationToken cancellationToken)
        {
            var cfg = graph();
            return cfg is null ? MethodSummary.NoBody : FlowWalker.Summarize(this, owner, cfg, cancellationToken);
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
            return Compilation.ContainsSyntaxTree(syntax.SyntaxTree) || DeclaringProject(method, syntax.SyntaxTree) is not null ? syntax : null;
        }

        /// <summary>
        /// The compilation of another project of the solution that declares <paramref name="method"/> in
        /// <paramref name="tree"/>, when this one references it as a project (the IDE and the command-line tool do; a
        /// build references its assembly, whose bodies are not there): its helpers get summaries as this project's do.
        /// </summary>
        private Compilation? DeclaringProject(IMethodSymbol method, SyntaxTree tree)
        {
            if (_projectOfTree.TryGetValue(tree, out var known))
            {
                return known;
            }

            if (method.ContainingAssembly is not ISourceAssemblySymbol { Compilation: { } project } || !project.ContainsSyntaxTree(tree))
            {
                return null;
            }

            return _projectOfTree.GetOrAdd(tree, project);
        }

        /// <summary>
        /// The operation tree of a body elsewhere in the compilation. One semantic model per tree is kept, so a tree's
        /// bodies are bound once for all the summaries that need them.
        /// </summary>
        private IOperation? OperationOf(SyntaxNode syntax, CancellationToken cancellationToken)
        {
#pragma warning disable RS1030 // A callee's body lives in another tree; its summary is computed once per compilation and cached.
            var model = _models.GetOrAdd(syntax.SyntaxTree, tree => (_projectOfTree.TryGetValue(tree, out var project) ? project : Compilation).GetSemanticModel(tree));
#pragma warning restore RS1030
            return model.GetOperation(syntax, cancellationToken);
        }
    }
}
