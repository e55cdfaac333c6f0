using AlignmentBot.Domain.Requests;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Ports;

public interface IRequestStore
{
    Task<MarketingRequest?> GetAsync(WorkspaceId workspaceId, Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<MarketingRequest>> ListAsync(WorkspaceId workspaceId, CancellationToken cancellationToken);

    Task SaveAsync(MarketingRequest request, CancellationToken cancellationToken);
}
