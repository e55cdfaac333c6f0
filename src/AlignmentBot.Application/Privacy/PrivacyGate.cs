using AlignmentBot.Application.Bot;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Privacy;

/// <summary>
/// Who may read the change history and forget other people, on the same footing as the permission matrix: the actor's
/// admin right (platform admins, Permissions:Admins, people an admin made admin, everyone in the local workspace) and
/// membership (guests and people from other organisations never qualify).
/// </summary>
public sealed class PrivacyGate
{
    /// <summary>Why the change history is refused, before whom to ask.</summary>
    public const string ChangesReason = "Only leadership and admins can see what changed";

    public const string ChangesRefusal = ChangesReason + ". Ask someone in leadership or an admin.";

    public const string ForgetRefusal = "Only an admin can make me forget someone else. Anyone can say \"forget me\" for themselves.";

    /// <summary>"What changed?": leadership and admins.</summary>
    public bool MayReadChanges(TurnScope scope) => scope.Actor.IsMember && (scope.Actor.IsAdmin || scope.Actor.Role == Role.Leadership);

    /// <summary>"Forget @person": admins.</summary>
    public bool MayForgetOthers(TurnScope scope) => scope.Actor.IsMember && scope.Actor.IsAdmin;
}
