using AlignmentBot.Application.References;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Ports;

public interface IActionReferenceStore
{
    Task SaveAsync(ActionReference reference, CancellationToken cancellationToken);

    /// <summary>The reference behind <paramref name="token"/> in this workspace, unless it expired before <paramref name="now"/>.</summary>
    Task<ActionReference?> FindAsync(WorkspaceId workspaceId, string token, DateTimeOffset now, CancellationToken cancellationToken);
}
