using AlignmentBot.Application.Bot;
using AlignmentBot.Domain.Workspaces;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Application.Privacy;

/// <summary>
/// Who may read the change history and forget other people. The one place these rules live, so the permission
/// matrix replaces them here: today admins are the people <see cref="PrivacyOptions.Admins"/> lists, and leadership
/// counts as admin until admins are managed in chat.
/// </summary>
public sealed class PrivacyGate(IOptionsMonitor<PrivacyOptions> options)
{
    public const string ChangesRefusal = "Only leadership and admins can see what changed. Ask someone in leadership.";

    public const string ForgetRefusal = "Only an admin (or leadership) can make me forget someone else. Anyone can say \"forget me\" for themselves.";

    // Permission matrix: "what changed" — leadership, admins.
    public bool MayReadChanges(TurnScope scope) => IsAdmin(scope.Person) || scope.Person.Role == Role.Leadership;

    // Permission matrix: "forget @person" — admins (leadership stands in for them for now).
    public bool MayForgetOthers(TurnScope scope) => IsAdmin(scope.Person) || scope.Person.Role == Role.Leadership;

    public bool IsAdmin(Person person)
        => options.CurrentValue.Admins.Any(a => string.Equals(a, person.UserId, StringComparison.Ordinal)
                                                || string.Equals(a, $"{person.WorkspaceId.Value}/{person.UserId}", StringComparison.Ordinal));
}
