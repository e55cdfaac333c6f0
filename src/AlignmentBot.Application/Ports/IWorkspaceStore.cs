using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Ports;

public interface IWorkspaceStore
{
    Task<Workspace?> GetAsync(WorkspaceId id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Workspace>> ListAsync(CancellationToken cancellationToken);

    Task SaveAsync(Workspace workspace, CancellationToken cancellationToken);

    Task<Person?> GetPersonAsync(WorkspaceId workspaceId, string userId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Person>> ListPeopleAsync(WorkspaceId workspaceId, CancellationToken cancellationToken);

    Task SavePersonAsync(Person person, CancellationToken cancellationToken);
}
