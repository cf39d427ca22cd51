using System.Collections.Generic;
using PhiGuard.Cli.Analysis;
using PhiGuard.Cli.Findings;

namespace PhiGuard.Cli.Inventory
{
    /// <summary>A protected type or member: what it is, where it is declared, and the policy entry that protects it.</summary>
    internal sealed record ProtectedSymbol(string Kind, string Name, string Display, string Entry, string EntryLocation, string DeclaredAt, string Project);

    /// <summary>The PHI data map of a code base: what is protected, and every place it reaches a sink.</summary>
    internal sealed record InventoryModel(ScanResult Scan, IReadOnlyList<ProtectedSymbol> Symbols)
    {
        public IEnumerable<Finding> Flows => Scan.Active;
    }
}
