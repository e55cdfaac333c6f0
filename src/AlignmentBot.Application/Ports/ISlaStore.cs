using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Ports;

public interface ISlaStore
{
    /// <summary>The newest agreement that is not superseded (proposed or active), if any.</summary>
    Task<LeadSla?> GetCurrentAsync(WorkspaceId workspaceId, CancellationToken cancellationToken);

    /// <summary>Saves the agreement; a new proposal supersedes the previous current one in the same transaction.</summary>
    Task SaveAsync(LeadSla sla, CancellationToken cancellationToken);
}
