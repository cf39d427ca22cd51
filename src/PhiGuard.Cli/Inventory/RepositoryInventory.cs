using System.Collections.Generic;

namespace PhiGuard.Cli.Inventory
{
    /// <summary>A protected type or member as another repository's inventory reports it.</summary>
    internal sealed record InventorySymbol(string Kind, string Name, string ProtectedBy, string DeclaredAt, string Project);

    /// <summary>A flow of protected data into a sink as another repository's inventory reports it.</summary>
    internal sealed record InventoryFlow(string Subject, string Rule, string Reaches, string Sink, string At, string Project);

    /// <summary>A destination the repository's policy approves for protected data, and how many flows it takes.</summary>
    internal sealed record ApprovalRecord(string Sink, IReadOnlyList<string> Rules, string Justification, string Expires, string? ApprovedBy, string? Ticket, string At, int Flows);

    /// <summary>One repository's <c>phiguard inventory --format json</c>, as the organisation's data map reads it.</summary>
    internal sealed record RepositoryInventory(
        string File,
        string Repository,
        string ToolVersion,
        IReadOnlyList<InventorySymbol> Symbols,
        IReadOnlyList<InventoryFlow> Flows,
        IReadOnlyList<ExemptionRecord> Exemptions,
        IReadOnlyList<ApprovalRecord> Approvals,
        int ApprovedFlows);
}
