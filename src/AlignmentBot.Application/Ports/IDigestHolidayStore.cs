using AlignmentBot.Application.Digests;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Ports;

public interface IDigestHolidayStore
{
    /// <summary>In date order.</summary>
    Task<IReadOnlyList<DigestHoliday>> ListAsync(WorkspaceId workspaceId, CancellationToken cancellationToken);

    /// <summary>Adds the day, or renames it when it is already a holiday.</summary>
    Task SaveAsync(DigestHoliday holiday, CancellationToken cancellationToken);

    Task<bool> RemoveAsync(WorkspaceId workspaceId, DateOnly date, CancellationToken cancellationToken);
}
