using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Ports;

public interface ILeadStore
{
    Task<Lead?> FindAsync(WorkspaceId workspaceId, string externalId, CancellationToken cancellationToken);

    /// <summary>Leads created on or after <paramref name="since"/>.</summary>
    Task<IReadOnlyList<Lead>> ListAsync(WorkspaceId workspaceId, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Inserts new leads and updates existing ones by their external id, in one transaction.</summary>
    Task UpsertAsync(WorkspaceId workspaceId, IReadOnlyList<Lead> leads, CancellationToken cancellationToken);
}
