using System.Collections.Generic;
using System.Linq;
using PhiGuard.Cli.Analysis;
using PhiGuard.Cli.Findings;
using PhiGuard.Policy;

namespace PhiGuard.Cli.Inventory
{
    /// <summary>A protected type or member: what it is, where it is declared, and the policy entry that protects it.</summary>
    internal sealed record ProtectedSymbol(string Kind, string Name, string Display, string Entry, string EntryLocation, string DeclaredAt, string Project);

    /// <summary>An exemption a code base's policy grants: what it exempts, until when, who approved it, and where it is written.</summary>
    internal sealed record ExemptionRecord(string Rule, string Scope, string Justification, string Expires, string? ApprovedBy, string? Ticket, string At);

    /// <summary>
    /// The PHI data map of a code base: what is protected, every place it reaches a sink, the destinations the policy
    /// approves, the exemptions it relies on, and the repository it belongs to.
    /// </summary>
    internal sealed record InventoryModel(ScanResult Scan, IReadOnlyList<ProtectedSymbol> Symbols, IReadOnlyList<ApprovedSink> ApprovedSinks, string Repository, IReadOnlyList<ExemptionRecord> Exemptions)
    {
        public IEnumerable<Finding> Flows => Scan.Active;

        /// <summary>Flows into approved sinks: suppressed, and still part of where the data goes.</summary>
        public IEnumerable<Finding> ApprovedFlows => Scan.Findings.Where(f => f.Suppression?.Source == SuppressionSource.ApprovedSink);
    }
}
