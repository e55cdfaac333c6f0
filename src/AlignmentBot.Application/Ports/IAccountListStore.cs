using AlignmentBot.Domain.Overlap;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Ports;

public interface IAccountListStore
{
    Task<IReadOnlyList<AccountList>> ListAsync(WorkspaceId workspaceId, CancellationToken cancellationToken);

    /// <summary>Replaces the list with the same kind and name, or adds it.</summary>
    Task SaveAsync(AccountList list, CancellationToken cancellationToken);
}
