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
    internal sealed class FlowContext
    {
        private const int MaxCalleeDepth = 8;

        private static readonly ConditionalWeakTable<Compilation, FlowContext> Contexts = new ConditionalWeakTable<Compilation, FlowContext>();

        [ThreadStatic]
        private static List<SyntaxNode>? inProgress;

        private readonly ConcurrentDictionary<SyntaxNode, MethodSummary> _summaries = new ConcurrentDictionary<SyntaxNode, MethodSummary>();
        private readonly ConcurrentDictionary<ISymbol, Taint> _fieldTaints = new ConcurrentDictionary<ISymbol, Taint>(SymbolEqualityComparer.Default);

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
                Exposure = new TypeExposure(Classifier);
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

        public static FlowContext For(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            if (Contexts.TryGetValue(compilation, out var existing) && ReferenceEquals(existing.Options, options))
            {
                return existing;
            }

            var created = new FlowContext(compilation, options, PolicyDiscovery.Load(options, cancellationToken));
            lock (Contexts)
            {
                if (Contexts.TryGetValue(compilation, out existing) && ReferenceEquals(existing.Options, options))
                {
                    return existing;
                }

                Contexts.Remove(compilation);
                Contexts.Add(compilation, created);
            }

            return created;
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
            if (method.IsAbstract || method.IsExtern || method.IsImplicitlyDeclared || method.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            var syntax = method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
            if (_summaries.TryGetValue(syntax, out var known))
            {
                return known;
            }

            if (!Compilation.ContainsSyntaxTree(syntax.SyntaxTree))
            {
                return null;
            }

            return Guarded(syntax, () =>
            {
#pragma warning disable RS1030 // A callee's body lives in another tree; its summary is computed once per compilation and cached.
                var model = Compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
                var root = model.GetOperation(syntax, cancellationToken);
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

        /// <summary>What other methods of the declaring type store into a field or auto-property, when it is protected data.</summary>
        public Taint FieldTaint(ISymbol member, CancellationToken cancellationToken)
        {
            if (!IsFieldLike(member) || member.DeclaringSyntaxReferences.Length == 0 || Facts.IsBoolean(MemberType(member)))
            {
                return Taint.None;
            }

            if (_fieldTaints.TryGetValue(member, out var known))
            {
                return known;
            }

            _fieldTaints[member] = Taint.None;
            var taint = Taint.None;
            var complete = true;
            foreach (var writer in WritersOf(member, cancellationToken))
            {
                var summary = SummaryOf(writer, cancellationToken);
                complete &= summary is not null;
                if (summary is not null && summary.FieldWrites.TryGetValue(member, out var written))
                {
                    taint = taint.Union(written);
                }
            }

            // A writer that is being walked right now (it reads the field too) has no summary yet: answer with what
            // is known, and ask again next time rather than remember an answer that misses its writes.
            if (complete)
            {
                _fieldTaints[member] = taint;
            }
            else
            {
                _fieldTaints.TryRemove(member, out _);
            }

            return taint;
        }

        /// <summary>
        /// The trigger: true when the body reads something protected, calls a sink with an object that has protected
        /// members, or calls one of our methods that returns protected data. Bodies without it are never walked.
        /// </summary>
        public bool NeedsAnalysis(IOperation root, CancellationToken cancellationToken)
        {
            if (Classifier is null)
            {
                return false;
            }

            foreach (var operation in root.Descendants())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (IsSource(operation, cancellationToken))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsSource(IOperation operation, CancellationToken cancellationToken)
        {
            var classifier = Classifier!;
            if (operation is IParameterReferenceOperation or ILocalReferenceOperation or IMemberReferenceOperation
                && Exposure!.PrintedByRecordToString(operation.Type) is not null)
            {
                return true;
            }

            switch (operation)
            {
                case IParameterReferenceOperation parameter:
                    return classifier.ProtectedParameter(parameter.Parameter) is not null;
                case ILocalReferenceOperation local:
                    return classifier.ProtectedLocal(local.Local) is not null;
                case IFieldReferenceOperation or IPropertyReferenceOperation:
                    var member = ((IMemberReferenceOperation)operation).Member;
                    var receiverType = ((IMemberReferenceOperation)operation).Instance?.Type;
                    return classifier.ProtectedMember(member, receiverType) is not null
                        || !FieldTaint(member, cancellationToken).IsEmpty;
                case IInvocationOperation invocation:
                    return classifier.ProtectedMember(invocation.TargetMethod, invocation.Instance?.Type) is not null
                        || ReturnsProtectedData(invocation.TargetMethod, cancellationToken)
                        || PassesExposedObjectToSink(invocation.TargetMethod, invocation.Arguments);
                case IObjectCreationOperation creation:
                    return classifier.ProtectedValueType(creation.Type) is not null
                        || (creation.Constructor is not null && PassesExposedObjectToSink(creation.Constructor, creation.Arguments));
                default:
                    return false;
            }
        }

        private bool ReturnsProtectedData(IMethodSymbol method, CancellationToken cancellationToken)
        {
            if (method.ReturnsVoid || Facts.IsBoolean(method.ReturnType) || !method.Locations.Any(location => location.IsInSource))
            {
                return false;
            }

            return SummaryOf(method, cancellationToken)?.Returns.HasSource ?? false;
        }

        private bool PassesExposedObjectToSink(IMethodSymbol method, IEnumerable<IArgumentOperation> arguments)
        {
            if (Sinks!.Match(method).Count == 0)
            {
                return false;
            }

            foreach (var argument in arguments)
            {
                var values = argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } array }
                    ? array.ElementValues
                    : (IEnumerable<IOperation>)new[] { argument.Value };
                foreach (var value in values)
                {
                    var type = value is IConversionOperation conversion ? conversion.Operand.Type : value.Type;
                    if (Exposure!.Structural(type) is not null || Exposure.PrintedByRecordToString(type) is not null)
                    {
                        return true;
                    }
                }
            }

            return false;
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

        /// <summary>A field, or an auto-property (which is a field with accessors).</summary>
        private static bool IsFieldLike(ISymbol member) => member switch
        {
            IFieldSymbol field => !field.IsConst && !field.IsImplicitlyDeclared,
            IPropertySymbol property => property.ContainingType.GetMembers().OfType<IFieldSymbol>().Any(field => SymbolEqualityComparer.Default.Equals(field.AssociatedSymbol, property)),
            _ => false,
        };

        private static ITypeSymbol? MemberType(ISymbol member) => member switch
        {
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            _ => null,
        };

        private IEnumerable<IMethodSymbol> WritersOf(ISymbol member, CancellationToken cancellationToken)
        {
            var type = member.ContainingType;
            foreach (var candidate in type.GetMembers().OfType<IMethodSymbol>())
            {
                if (candidate.IsImplicitlyDeclared || candidate.DeclaringSyntaxReferences.Length != 1)
                {
                    continue;
                }

                var syntax = candidate.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
                if (syntax.DescendantTokens().Any(token => token.ValueText == member.Name))
                {
                    yield return candidate;
                }
            }
        }
    }
}
