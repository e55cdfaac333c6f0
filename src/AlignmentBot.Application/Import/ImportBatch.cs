using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Overlap;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Import;

/// <summary>Everything one file adds; stored in one transaction or not at all.</summary>
/// <param name="Source">Where it came from (the file's name), as the audit trail names the import.</param>
public sealed record ImportBatch(
    WorkspaceId WorkspaceId,
    IReadOnlyList<Measurement> Measurements,
    IReadOnlyList<Lead> Leads,
    IReadOnlyList<AccountList> AccountLists,
    string? Source = null)
{
    public int Count => Measurements.Count + Leads.Count + AccountLists.Sum(l => l.Accounts.Count);
}
