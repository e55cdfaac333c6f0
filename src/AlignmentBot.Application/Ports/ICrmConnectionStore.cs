using AlignmentBot.Application.Sync;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Ports;

/// <summary>Which CRMs each workspace is connected to, with protected secrets, and the workspace's stage mapping.</summary>
public interface ICrmConnectionStore
{
    /// <summary>Adds the connection or replaces the workspace's earlier one for the same CRM.</summary>
    Task SaveAsync(StoredCrmConnection connection, CancellationToken cancellationToken);

    Task<StoredCrmConnection?> GetAsync(WorkspaceId workspaceId, CrmSource source, CancellationToken cancellationToken);

    /// <summary>One workspace's connections, or every workspace's when <paramref name="workspaceId"/> is null (the scheduler).</summary>
    Task<IReadOnlyList<StoredCrmConnection>> ListAsync(WorkspaceId? workspaceId, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(WorkspaceId workspaceId, CrmSource source, CancellationToken cancellationToken);

    Task<CrmStageMapping> GetMappingAsync(WorkspaceId workspaceId, CancellationToken cancellationToken);

    /// <summary>Sets what a value counts as, or with a null stage returns it to the default; returns the new mapping version.</summary>
    Task<int> SetMappingAsync(WorkspaceId workspaceId, CrmSource source, CrmField field, string value, CrmFunnelStage? stage, string changedBy, DateTimeOffset at, CancellationToken cancellationToken);
}
