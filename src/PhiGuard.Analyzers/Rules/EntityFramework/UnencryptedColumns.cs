using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PhiGuard.Analyzers.Flow;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Rules.EntityFramework
{
    /// <summary>
    /// PHI003 for EF Core: a protected property that a <c>DbContext</c> maps to a column without an encrypting
    /// value converter. A question about the model, not about data flow: it is reported once, at the property,
    /// naming the contexts; the <c>Add</c>s and <c>Update</c>s that save such entities are not reported again.
    /// </summary>
    internal static class UnencryptedColumns
    {
        private const string DbContextType = "Microsoft.EntityFrameworkCore.DbContext";

        public static void Register(CompilationStartAnalysisContext start, DiagnosticDescriptor descriptor)
        {
            var dbContext = start.Compilation.GetTypeByMetadataName(DbContextType);
            var flow = FlowContext.For(start.Compilation, start.Options, start.CancellationToken);
            if (dbContext is null || flow.Policy is null)
            {
                return;
            }

            var severity = RuleSeverities.Resolve(flow.Policy, descriptor, start.Compilation, start.CancellationToken);
            if (severity is null)
            {
                return;
            }

            var findings = new System.Lazy<IReadOnlyDictionary<ISymbol, List<Diagnostic>>>(
                () => Find(flow, dbContext, descriptor, severity.Value, start.CancellationToken),
                LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterSymbolAction(
                symbol =>
                {
                    if (findings.Value.TryGetValue(symbol.Symbol, out var diagnostics))
                    {
                        diagnostics.ForEach(symbol.ReportDiagnostic);
                    }
                },
                SymbolKind.Property,
                SymbolKind.NamedType);
        }

        /// <summary>The findings, keyed by the symbol whose action reports them: the property, or the context when the entity is not declared here.</summary>
        private static IReadOnlyDictionary<ISymbol, List<Diagnostic>> Find(FlowContext flow, INamedTypeSymbol dbContext, DiagnosticDescriptor descriptor, DiagnosticSeverity severity, CancellationToken cancellationToken)
        {
            var model = EntityModel.Build(flow.Compilation, dbContext, new ConverterJudge(flow.Compilation, flow.Sanitizers!, cancellationToken), cancellationToken);
            var findings = new Dictionary<ISymbol, List<Diagnostic>>(SymbolEqualityComparer.Default);
            foreach (var entry in model.Entities)
            {
                var entity = entry.Key;
                foreach (var property in EntityProperties.Columns(entity))
                {
                    var selector = flow.Classifier!.ProtectedMember(property, entity);
                    if (selector is null || model.IsIgnored(entity, property) || model.IsEncrypted(entity, property))
                    {
                        continue;
                    }

                    var declaredHere = property.Locations.FirstOrDefault(location => location.IsInSource && flow.Compilation.ContainsSyntaxTree(location.SourceTree!));
                    var owner = declaredHere is null ? (ISymbol)entry.Value[0].Context : property;
                    var location = declaredHere ?? entry.Value[0].Location;
                    var subject = entity.Name + "." + property.Name;
                    var contexts = string.Join(", ", entry.Value.Select(mapping => mapping.Context.Name).Distinct());
                    var properties = LeakAnalyzer.FindingProperties(subject, selector)
                        .Add(LeakAnalyzer.EntityProperty, DocumentationCommentId.CreateDeclarationId(entity))
                        .Add(LeakAnalyzer.MemberProperty, DocumentationCommentId.CreateDeclarationId(property))
                        .Add(LeakAnalyzer.ContextProperty, DocumentationCommentId.CreateDeclarationId(entry.Value[0].Context));
                    var diagnostic = Diagnostic.Create(
                        descriptor,
                        location,
                        severity,
                        additionalLocations: null,
                        properties,
                        subject,
                        PolicyEntryPhrases.Of(selector, subject),
                        SinkPhrases.Of(SinkKind.Store, contexts + ", which maps it to a column without an encrypting value converter"));
                    if (!findings.TryGetValue(owner, out var list))
                    {
                        findings[owner] = list = new List<Diagnostic>();
                    }

                    list.Add(diagnostic);
                }
            }

            return findings;
        }
    }
}
