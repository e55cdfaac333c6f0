using System.Text.RegularExpressions;
using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Permissions;
using AlignmentBot.Domain.Workspaces;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Application.Permissions;

/// <summary>
/// Where the application asks the permission matrix: who the person is (roles, admin rights, membership), the answer for
/// an action on a resource, and a refusal that names who can ("Only a sales lead can confirm for sales: ask Sam Okafor").
/// </summary>
public sealed partial class PermissionGate(IWorkspaceStore workspaces, IOptionsMonitor<PermissionsOptions> options)
{
    private const int NamesShown = 3;

    /// <summary>
    /// The person as the matrix sees them. Admins: anyone in the local workspace (terminal and loopback web chat), platform
    /// admins and owners, configured admins, and people an admin made admin. Guests and outsiders are never admins.
    /// </summary>
    public Actor ActorFor(Workspace workspace, Person person, UserRef from)
    {
        var membership = from.Standing switch
        {
            UserStanding.Guest => Membership.Guest,
            UserStanding.External => Membership.External,
            UserStanding.Unverified => Membership.Unverified,
            _ => Membership.Member,
        };
        var admin = membership == Membership.Member
                    && (workspace.Id == WorkspaceId.Local || person.IsAdmin || from.IsPlatformAdmin || IsConfiguredAdmin(workspace.Id, person));
        return new Actor(person.UserId, person.Role, admin, membership);
    }

    public bool IsConfiguredAdmin(WorkspaceId workspaceId, Person person)
        => options.CurrentValue.IsConfiguredAdmin(workspaceId.Value, person.UserId)
           || (person.AddressId is { } address && options.CurrentValue.IsConfiguredAdmin(workspaceId.Value, address));

    /// <summary>An admin the bot can name or ask: made admin in chat, configured, or a platform admin when last seen.</summary>
    public bool IsKnownAdmin(WorkspaceId workspaceId, Person person) => person.IsAdmin || person.IsPlatformAdmin || IsConfiguredAdmin(workspaceId, person);

    public static Permission Check(TurnScope scope, PermissionAction action, PermissionResource? resource = null)
        => PermissionMatrix.Check(action, scope.Actor, resource);

    /// <summary>True when allowed; otherwise the refusal, naming who can, is sent into the turn.</summary>
    public async Task<bool> AllowsAsync(DialogTurn turn, PermissionAction action, PermissionResource? resource, CancellationToken cancellationToken)
    {
        var scope = turn.Get<TurnScope>();
        var permission = Check(scope, action, resource);
        if (permission.Allowed)
        {
            return true;
        }

        var refusal = await RefusalAsync(scope, permission, cancellationToken);
        turn.Send(refusal);
        // Kept for the turn, so "ok so who can?" next is answered with the same names (WhoMayQuestion).
        turn.Set(new Refused(refusal));
        return false;
    }

    /// <summary>A refusal sent in this turn, naming who can; the conversation remembers it for one turn.</summary>
    public sealed record Refused(string Reply);

    /// <summary>"Only a sales lead can confirm for sales: ask Sam Okafor." People are named when the bot knows them.</summary>
    public async Task<string> RefusalAsync(TurnScope scope, Permission permission, CancellationToken cancellationToken)
    {
        if (permission.Allowed)
        {
            throw new ArgumentException("Only a refusal has a refusal message.", nameof(permission));
        }

        if (permission.RefusedForMembership)
        {
            return MembershipMessage(scope);
        }

        var who = permission.WhoCan;
        if (await NamedAsync(scope, who, cancellationToken) is { } named)
        {
            return $"{permission.Reason}: ask {named}.";
        }

        if (who.Roles.Count > 0 && !who.Admins)
        {
            return $"{permission.Reason}, and nobody here has that role yet. An admin can give it, e.g. \"make @name {(who.Roles[0] == Role.Leadership ? "leadership" : "the " + Roles.Noun(who.Roles[0]))}\".";
        }

        return $"{permission.Reason}: ask a workspace admin.";
    }

    /// <summary>The people other than the speaker who may do what <paramref name="who"/> says, named as a refusal names them; null when none is known.</summary>
    public async Task<string?> NamedAsync(TurnScope scope, WhoCan who, CancellationToken cancellationToken)
    {
        var people = await workspaces.ListPeopleAsync(scope.Workspace.Id, cancellationToken);
        var others = people.Where(p => p.UserId != scope.Person.UserId).ToArray();
        var named = new List<Person>();
        named.AddRange(who.PersonIds.Select(id => others.FirstOrDefault(p => p.UserId == id)).OfType<Person>());
        foreach (var role in who.Roles)
        {
            named.AddRange(others.Where(p => p.Role == role).OrderBy(p => p.DisplayName, StringComparer.OrdinalIgnoreCase));
        }

        if (who.Admins)
        {
            named.AddRange(KnownAdmins(scope, others));
        }

        var names = named.DistinctBy(p => p.UserId).Take(NamesShown).Select(p => Mention(scope.Workspace, p)).ToArray();
        return names.Length > 0 ? Join(names) : null;
    }

    /// <summary>The workspace's admins other than the speaker, named as a refusal names them ("Dana Whitfield (CEO) or Marco"); null when there are none.</summary>
    public async Task<string?> AdminsNamedAsync(TurnScope scope, CancellationToken cancellationToken)
        => await AdminMentionsAsync(scope, cancellationToken) is { Count: > 0 } names ? Join(names) : null;

    /// <summary>The workspace's admins other than the speaker, each as a refusal mentions them (at most a few), for an answer that lists them.</summary>
    public async Task<IReadOnlyList<string>> AdminMentionsAsync(TurnScope scope, CancellationToken cancellationToken)
    {
        var others = (await workspaces.ListPeopleAsync(scope.Workspace.Id, cancellationToken)).Where(p => p.UserId != scope.Person.UserId);
        return KnownAdmins(scope, others).Take(NamesShown).Select(p => Mention(scope.Workspace, p)).ToArray();
    }

    private IEnumerable<Person> KnownAdmins(TurnScope scope, IEnumerable<Person> others)
        => others.Where(p => IsKnownAdmin(scope.Workspace.Id, p)).OrderBy(p => p.DisplayName, StringComparer.OrdinalIgnoreCase);

    /// <summary>Polite and specific: what a guest, an outsider or an unverified person is told for anything but help.</summary>
    public static string MembershipMessage(TurnScope scope) => scope.Actor.Membership switch
    {
        Membership.Guest => $"Sorry, you're a guest in {scope.Workspace.Name}, so I can't show or change its goals, leads, lead agreement or digests. A member of the team can help with anything you need from them.",
        Membership.External => $"Sorry, you're from another organisation, so I can't show or change {scope.Workspace.Name}'s goals, leads, lead agreement or digests. A member of their team can help with anything you need from them.",
        _ => "Sorry, I couldn't check your membership of this workspace with the platform just now, so I can't show or change anything yet. Please try again in a minute.",
    };

    /// <summary>A Slack mention where the person is a Slack user (the client shows their name), their name elsewhere.</summary>
    public static string Mention(Workspace workspace, Person person)
        => workspace.Platform == Platform.Slack && SlackUserId().IsMatch(person.UserId) ? $"<@{person.UserId}>" : person.DisplayName;

    /// <summary>"Dana", "Dana or Marco", "Dana, Marco or Priya" (with "and" for a list of who is, not whom to ask).</summary>
    public static string Join(IReadOnlyList<string> names, string conjunction = "or")
        => names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + $" {conjunction} " + names[^1];

    [GeneratedRegex("^[UW][A-Z0-9]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex SlackUserId();
}
