using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Ports;

namespace AlignmentBot.Application.Dialogs.Goals;

/// <summary>Whether the person has no role yet but has claimed one: a role request waits for an admin.</summary>
public static class RoleClaims
{
    public static async Task<bool> PendingAsync(IRoleRequestStore requests, TurnScope scope, CancellationToken cancellationToken)
        => scope.Person.Role is null
           && (await requests.ListForPersonAsync(scope.Workspace.Id, scope.Person.UserId, cancellationToken)).Any(r => r.IsPending);
}
