using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Sync;

/// <summary>
/// One page's worth of changes, stored in one transaction or not at all: the records (only those new or different are
/// written), the leads derived from them, the run's counts and the cursor after the page.
/// </summary>
/// <param name="Items">Each record with the lead it maps to (deals have none).</param>
/// <param name="LeaseUntil">The lease is renewed to this in the same transaction; if it was lost, nothing is written.</param>
/// <param name="At">Now, as the cursor's save time.</param>
public sealed record CrmPageWrite(
    WorkspaceId WorkspaceId,
    CrmSource Source,
    CrmObjectKind Kind,
    IReadOnlyList<(CrmRecord Record, Lead? Lead)> Items,
    CrmCursor Next,
    Guid RunId,
    string Holder,
    DateTimeOffset LeaseUntil,
    DateTimeOffset At);
