using AlignmentBot.Domain.Requests;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Ports;

public interface IRequestStore
{
    Task<MarketingRequest?> GetAsync(WorkspaceId workspaceId, Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<MarketingRequest>> ListAsync(WorkspaceId workspaceId, CancellationToken cancellationToken);

    Task SaveAsync(MarketingRequest request, CancellationToken cancellationToken);

    /// <summary>"Undo that" right after logging: the request is taken off the list, as if it had not been logged.</summary>
    Task RemoveAsync(WorkspaceId workspaceId, Guid id, CancellationToken cancellationToken);
}
