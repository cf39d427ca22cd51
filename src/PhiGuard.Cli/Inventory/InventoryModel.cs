using System.Collections.Generic;
using System.Linq;
using PhiGuard.Cli.Analysis;
using PhiGuard.Cli.Findings;
using PhiGuard.Policy;

namespace PhiGuard.Cli.Inventory
{
    /// <summary>A protected type or member: what it is, where it is declared, and the policy entry that protects it.</summary>
    internal sealed record ProtectedSymbol(string Kind, string Name, string Display, string Entry, string EntryLocation, string DeclaredAt, string Project);

    /// <summary>The PHI data map of a code base: what is protected, every place it reaches a sink, and the destinations the policy approves.</summary>
    internal sealed record InventoryModel(ScanResult Scan, IReadOnlyList<ProtectedSymbol> Symbols, IReadOnlyList<ApprovedSink> ApprovedSinks)
    {
        public IEnumerable<Finding> Flows => Scan.Active;

        /// <summary>Flows into approved sinks: suppressed, and still part of where the data goes.</summary>
        public IEnumerable<Finding> ApprovedFlows => Scan.Findings.Where(f => f.Suppression?.Source == SuppressionSource.ApprovedSink);
    }
}
