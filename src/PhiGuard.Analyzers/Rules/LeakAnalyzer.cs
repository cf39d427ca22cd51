using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PhiGuard.Analyzers.Approvals;
using PhiGuard.Analyzers.Diagnostics;
using PhiGuard.Analyzers.Flow;
using PhiGuard.Analyzers.Sinks;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Rules
{
    /// <summary>
    /// What every leak rule does: resolve the policy and the sinks once per compilation, walk each body where
    /// protected data appears (shared with the other leak rules), and report the findings of its sink kind.
    /// </summary>
    public abstract class LeakAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property naming the protected symbol, for code fixes.</summary>
        public const string SubjectProperty = "PhiGuard.Subject";

        /// <summary>Diagnostic property naming the policy entry, for code fixes and reports.</summary>
        public const string SelectorProperty = "PhiGuard.Selector";

        /// <summary>Diagnostic property: how the sink consumes the value (a <c>ValueMode</c>: <c>Text</c>, <c>Structure</c> for <c>{@Destructuring}</c>, or the serializer).</summary>
        public const string ModeProperty = "PhiGuard.Mode";

        /// <summary>PHI003 on an EF Core column: the documentation id of the entity type.</summary>
        public const string EntityProperty = "PhiGuard.Entity";

        /// <summary>PHI003 on an EF Core column: the documentation id of the unencrypted property.</summary>
        public const string MemberProperty = "PhiGuard.Member";

        /// <summary>PHI003 on an EF Core column: the documentation id of the <c>DbContext</c> that maps it.</summary>
        public const string ContextProperty = "PhiGuard.Context";

        /// <summary>Diagnostic property naming the sink (with the calls that lead to it), for reports and their fingerprints.</summary>
        public const string SinkProperty = "PhiGuard.Sink";

        /// <summary>
        /// Diagnostic property: the methods called on the way from the finding to its sink, the sink last (preceded by
        /// the method the data was given to, when it is a protected parameter), as policies name them and separated by
        /// <see cref="CallSeparator"/>; approved sinks are matched against them.
        /// </summary>
        public const string CallsProperty = "PhiGuard.Calls";

        public const char CallSeparator = ';';

        private protected LeakAnalyzer(SinkKind kind)
        {
            Kind = kind;
            Descriptor = DiagnosticDescriptors.LeakBySink[kind];
        }

        private protected SinkKind Kind { get; }

        private protected DiagnosticDescriptor Descriptor { get; }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                OnCompilationStart(start);
                var flow = FlowContext.For(start.Compilation, start.Options, start.CancellationToken);
                if (flow.Policy is null || flow.Sinks!.IsEmpty)
                {
                    return;
                }

                var severity = RuleSeverities.Resolve(flow.Policy, Descriptor, start.Compilation, start.CancellationToken);
                if (severity is null)
                {
                    return;
                }

                start.RegisterOperationBlockAction(block => Analyze(flow, block, severity.Value));
            });
        }

        /// <summary>Where a rule registers checks of its own that are not about data flow (PHI003 reads the EF Core model).</summary>
#pragma warning disable RS1012 // A hook: rules without such checks register nothing here.
        private protected virtual void OnCompilationStart(CompilationStartAnalysisContext start)
        {
        }
#pragma warning restore RS1012

        private void Analyze(FlowContext flow, OperationBlockAnalysisContext block, DiagnosticSeverity severity)
        {
            IOperation? constructor = null;
            foreach (var operationBlock in block.OperationBlocks)
            {
                var root = ConstructorOf(operationBlock) ?? operationBlock;
                if (root is not (IMethodBodyOperation or IConstructorBodyOperation or IBlockOperation or IFieldInitializerOperation or IPropertyInitializerOperation)
                    || root == constructor)
                {
                    continue;
                }

                constructor = root as IConstructorBodyOperation;
                var summary = flow.AnalyzeBody(block.OwningSymbol, root, () => block.GetControlFlowGraph(operationBlock), block.CancellationToken);
                foreach (var hit in summary.Hits)
                {
                    if (hit.Kind != Kind || hit.Location.SourceTree != root.Syntax.SyntaxTree || !root.Syntax.Span.Contains(hit.Location.SourceSpan))
                    {
                        continue;
                    }

                    block.ReportDiagnostic(Finding(Descriptor, hit, severity));
                }
            }
        }

        /// <summary>The properties every leak finding carries, for code fixes and reports: what is protected, and by which policy entry.</summary>
        internal static ImmutableDictionary<string, string?> FindingProperties(string subject, Selector selector) =>
            ImmutableDictionary<string, string?>.Empty
                .Add(SubjectProperty, subject)
                .Add(SelectorProperty, Selector.KeyOf(selector.Kind) + ":" + selector.Pattern);

        /// <summary>A finding of protected data reaching a sink: its subject, the entry that protects it, how and where the sink takes it.</summary>
        internal static Diagnostic Finding(DiagnosticDescriptor descriptor, Location location, DiagnosticSeverity severity, IEnumerable<Location>? path, string subject, Selector selector, ValueMode mode, SinkKind kind, string sink) =>
            Create(descriptor, location, severity, path, FindingProperties(subject, selector).Add(ModeProperty, mode.ToString()).Add(SinkProperty, sink), subject, selector, kind, sink);

        /// <summary>
        /// A finding of the flow engine. Its message names the first call and the sink; the whole chain of calls is in
        /// its properties, and the places the value passes are its additional locations (SARIF <c>codeFlows</c>).
        /// </summary>
        private static Diagnostic Finding(DiagnosticDescriptor descriptor, SinkHit hit, DiagnosticSeverity severity)
        {
            var properties = FindingProperties(hit.Source.Subject, hit.Source.Selector)
                .Add(ModeProperty, hit.Mode.ToString())
                .Add(SinkProperty, hit.Sink)
                .Add(CallsProperty, string.Join(CallSeparator.ToString(), hit.ApprovableCalls.Select(ApprovedSinkNames.Of)));
            return Create(descriptor, hit.Location, severity, hit.Path, properties, hit.Source.Subject, hit.Source.Selector, hit.Kind, SinkNames.FirstAndLast(hit.Calls));
        }

        private static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, DiagnosticSeverity severity, IEnumerable<Location>? path, ImmutableDictionary<string, string?> properties, string subject, Selector selector, SinkKind kind, string sink) =>
            Diagnostic.Create(descriptor, location, severity, path, properties, subject, PolicyEntryPhrases.Of(selector, subject), SinkPhrases.Of(kind, sink));

        /// <summary>
        /// The whole constructor a block is part of: its body and its <c>: base(...)</c> or <c>: this(...)</c> call (a
        /// primary constructor's base call too) come as separate blocks, but are one body to walk and report.
        /// </summary>
        private static IOperation? ConstructorOf(IOperation operationBlock) => operationBlock.Parent switch
        {
            IConstructorBodyOperation body => body,
            IExpressionStatementOperation { Parent: IConstructorBodyOperation body } => body,
            _ => null,
        };
    }
}
