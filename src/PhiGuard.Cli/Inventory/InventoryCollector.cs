using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PhiGuard.Analyzers.Classification;
using PhiGuard.Cli.Analysis;
using PhiGuard.Cli.Findings;
using PhiGuard.Policy;

namespace PhiGuard.Cli.Inventory
{
    /// <summary>
    /// Collects, from each analysed compilation, the types and members declared in source that its policy protects,
    /// asking the analyzers' own classifier; and the approved sinks and exemptions of the policies they are analysed with.
    /// </summary>
    internal sealed class InventoryCollector
    {
        private readonly ConcurrentBag<ProtectedSymbol> _symbols = new();
        private readonly ConcurrentBag<ExemptionRecord> _exemptions = new();
        private readonly ConcurrentBag<ApprovedSink> _approvedSinks = new();

        public IReadOnlyList<ProtectedSymbol> Symbols => _symbols
            .DistinctBy(s => (s.Kind, s.Name, s.DeclaredAt))
            .OrderBy(s => s.Name, System.StringComparer.Ordinal)
            .ToList();

        /// <summary>The exemptions of every policy the code base was analysed with.</summary>
        public IReadOnlyList<ExemptionRecord> Exemptions => _exemptions
            .Distinct()
            .OrderBy(e => e.Expires, System.StringComparer.Ordinal)
            .ThenBy(e => e.Scope, System.StringComparer.Ordinal)
            .ToList();

        /// <summary>Each approved sink once, however many projects share the policy that declares it, in file order.</summary>
        public IReadOnlyList<ApprovedSink> ApprovedSinks => _approvedSinks
            .DistinctBy(a => (a.Position.Path, a.Position.Line, a.Position.Column))
            .OrderBy(a => a.Position.Path, System.StringComparer.Ordinal)
            .ThenBy(a => a.Position.Line)
            .ThenBy(a => a.Position.Column)
            .ToList();

        public void Collect(AnalysisUnit unit, Compilation compilation, PolicyChoice choice, ReportRoot root)
        {
            foreach (var exemption in choice.Policy.Exemptions)
            {
                _exemptions.Add(new ExemptionRecord(
                    exemption.Rule,
                    exemption.Scope,
                    exemption.Justification,
                    exemption.Expires.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    exemption.ApprovedBy,
                    exemption.Ticket,
                    exemption.Position.FileLabel + ":" + exemption.Position.Line));
            }

            foreach (var approval in choice.Policy.ApprovedSinks)
            {
                _approvedSinks.Add(approval);
            }

            var classifier = new ProtectionClassifier(choice.Policy);
            foreach (var type in SourceTypes.Of(compilation))
            {
                var typeEntry = classifier.ProtectedType(type);
                if (typeEntry is not null)
                {
                    Add("type", SymbolNames.OfType(type), type.Name, typeEntry, type, unit.Name, root);
                }

                foreach (var member in type.GetMembers().Where(m => !m.IsImplicitlyDeclared && m is IFieldSymbol or IPropertySymbol))
                {
                    var memberEntry = classifier.ProtectedMember(member, type);
                    if (memberEntry is not null)
                    {
                        Add("member", SymbolNames.OfMember(type, member), SymbolNames.Display(member), memberEntry, member, unit.Name, root);
                    }
                }
            }
        }

        private void Add(string kind, string name, string display, Selector entry, ISymbol symbol, string project, ReportRoot root)
        {
            var span = symbol.Locations.First(l => l.IsInSource).GetLineSpan();
            _symbols.Add(new ProtectedSymbol(
                kind,
                name,
                display,
                entry.Describe(),
                entry.Position.Path + ":" + entry.Position.Line,
                root.Relative(span.Path) + ":" + (span.StartLinePosition.Line + 1),
                project));
        }
    }
}
