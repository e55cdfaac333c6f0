using AlignmentBot.Application.Audit;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Ports;

/// <summary>
/// Reads the audit trail. Entries are written by the stores themselves, inside the transaction of the change they
/// record (the author comes from <see cref="AuditContext"/>); <see cref="RecordAsync"/> is for changes that happen
/// outside any store, so they land in the same trail.
/// </summary>
public interface IAuditLog
{
    /// <summary>A workspace's entries with <paramref name="from"/> ≤ at &lt; <paramref name="to"/>, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(WorkspaceId workspaceId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Records a change by the current <see cref="AuditContext"/> actor.</summary>
    Task RecordAsync(WorkspaceId workspaceId, string kind, AuditSnapshot? before, AuditSnapshot? after, CancellationToken cancellationToken);

    /// <summary>The workspaces that have any entries (for the command line's "did you mean").</summary>
    Task<IReadOnlyList<WorkspaceId>> WorkspacesAsync(CancellationToken cancellationToken);
}
