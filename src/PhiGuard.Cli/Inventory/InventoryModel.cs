using System.Collections.Generic;
using PhiGuard.Cli.Analysis;
using PhiGuard.Cli.Findings;

namespace PhiGuard.Cli.Inventory
{
    /// <summary>A protected type or member: what it is, where it is declared, and the policy entry that protects it.</summary>
    internal sealed record ProtectedSymbol(string Kind, string Name, string Display, string Entry, string EntryLocation, string DeclaredAt, string Project);

    /// <summary>An exemption a code base's policy grants: what it exempts, until when, who approved it, and where it is written.</summary>
    internal sealed record ExemptionRecord(string Rule, string Scope, string Justification, string Expires, string? ApprovedBy, string? Ticket, string At);

    /// <summary>The PHI data map of a code base: what is protected, every place it reaches a sink, and the exemptions it relies on.</summary>
    internal sealed record InventoryModel(ScanResult Scan, IReadOnlyList<ProtectedSymbol> Symbols, string Repository, IReadOnlyList<ExemptionRecord> Exemptions)
    {
        public IEnumerable<Finding> Flows => Scan.Active;
    }
}
