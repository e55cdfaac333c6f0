using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Cards;
using AlignmentBot.Application.Dialogs;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.References;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Permissions;
using AlignmentBot.Domain.Workspaces;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Application.People;

/// <summary>
/// Roles and admin rights: given by an admin ("make @marco the marketing lead", "make @priya an admin"), or asked for by
/// the person ("I'm in sales now", the first-contact question) and approved by an admin with one click. Every change of a
/// role or an admin right goes through <see cref="ChangeAsync"/>.
/// </summary>
public sealed class RoleService(
    IWorkspaceStore workspaces,
    IRoleRequestStore requests,
    PersonResolver resolver,
    PermissionGate gate,
    ActionReferences references,
    RoleRequestNotifier notifier,
    TimeProvider time,
    ILogger<RoleService> logger)
{
    public const string RequestKind = "role.request";
    public const string AssignKind = "role.assign";
    public const string AdminKind = "role.admin";

    /// <summary>
    /// The one place a person's role or admin right is written. <paramref name="by"/> is who made the change (the person
    /// themselves for an admin's own request); <paramref name="why"/> says how it came about.
    /// </summary>
    public async Task<Person> ChangeAsync(TurnScope by, Person target, Role? role, bool isAdmin, string why, CancellationToken cancellationToken)
    {
        var changed = target with { Role = role, IsAdmin = isAdmin };
        await workspaces.SavePersonAsync(changed, cancellationToken);
        logger.LogInformation("In {WorkspaceId}, {ById} set {UserId} to role {Role}, admin {IsAdmin} ({Why})",
            by.Workspace.Id, by.Person.UserId, target.UserId, role?.ToString() ?? "none", isAdmin, why);

        // Someone given a role no longer waits for one: a pending request is settled by the change.
        foreach (var pending in (await requests.ListForPersonAsync(by.Workspace.Id, target.UserId, cancellationToken)).Where(r => r.IsPending))
        {
            await requests.TryDecideAsync(by.Workspace.Id, pending.Id, pending.Role == role ? RoleRequestStatus.Approved : RoleRequestStatus.Declined, by.Person.Ref, time.GetUtcNow(), cancellationToken);
        }

        return changed;
    }

    /// <summary>
    /// The person asks for a role. An admin's own request is granted at once; anyone else's is recorded and sent to the
    /// admins. Returns what to tell the person and the scope as it now is.
    /// </summary>
    public async Task<(string Reply, TurnScope Scope)> RequestAsync(TurnScope scope, Role role, CancellationToken cancellationToken)
    {
        var permission = PermissionGate.Check(scope, PermissionAction.RequestRole);
        if (!permission.Allowed)
        {
            return (await gate.RefusalAsync(scope, permission, cancellationToken), scope);
        }

        if (scope.Person.Role == role)
        {
            return ($"You're already noted as {Roles.WithArticle(role)}.", scope);
        }

        if (scope.Actor.IsAdmin)
        {
            var changed = await ChangeAsync(scope, scope.Person, role, scope.Person.IsAdmin, "an admin's own request", cancellationToken);
            return ($"Done: you're {Roles.WithArticle(role)} now.", scope.WithPerson(changed));
        }

        var request = new RoleRequest(Guid.NewGuid(), scope.Workspace.Id, scope.Person.UserId, scope.Person.DisplayName, role, time.GetUtcNow());
        await requests.SaveAsync(request, cancellationToken);
        var token = await references.IssueAsync(scope, RequestKind, request.Id.ToString("D"), cancellationToken: cancellationToken);
        var reached = await notifier.NotifyAdminsAsync(scope, RoleCards.Request(request, token), cancellationToken);
        // "can u upgrade me to sales lead?": someone who has a role already asks for another, so who decides it is named, as a
        // refusal would name them (a newcomer's first answer is left as it is).
        var approvers = scope.Person.Role is not null ? await gate.AdminsNamedAsync(scope, cancellationToken) : null;
        var how = reached > 0
            ? $"I've sent it to {(reached == 1 ? "an admin" : $"{reached} admins")}{(approvers is null ? string.Empty : $" ({approvers})")}"
            : $"{approvers ?? "An admin"} can approve it by saying \"role requests\"";
        var current = scope.Person.Role is { } now ? $" Until then you stay {Roles.WithArticle(now)}." : " Until then you can look at everything and log requests.";
        return ($"Noted: you asked to be {Roles.WithArticle(role)}. Roles are given by an admin, so that is a request for now. {how}.{current}", scope);
    }

    /// <summary>What a conversation remembers after a role or admin right was given, so "and make her an admin too" is about that person.</summary>
    public const string RecentKind = "role.given";

    /// <summary>
    /// "make @marco the marketing lead", "Sam is the sales lead". <paramref name="who"/> is null when only a pronoun said who
    /// ("yes, approve him as SDR"): the person just given a role here, else the one person waiting for a role.
    /// </summary>
    public async Task AssignAsync(DialogContext dc, string? who, Role role, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        if (!await gate.AllowsAsync(dc.Turn, PermissionAction.ManageRoles, null, cancellationToken))
        {
            return;
        }

        if (who is null || IsPronoun(who))
        {
            if (await UnnamedAsync(dc, scope, cancellationToken) is { } meant)
            {
                dc.Turn.Send(await AssignAsync(scope, meant, role, cancellationToken));
                dc.Recent = new RecentAction(RecentKind, meant.UserId);
            }
            else
            {
                dc.Turn.Send($"Who should be {Roles.WithArticle(role)}? Name them, e.g. \"{RoleCommands.Example(role)}\".");
            }

            return;
        }

        var match = await resolver.ResolveAsync(scope, who, dc.Turn.Activity.Mentions, cancellationToken);
        switch (match.Kind)
        {
            case PersonMatchKind.Found:
                dc.Turn.Send(await AssignAsync(scope, match.Person!, role, cancellationToken));
                dc.Recent = new RecentAction(RecentKind, match.Person!.UserId);
                return;
            case PersonMatchKind.Ambiguous:
                dc.Turn.Send(await WhichAsync(scope, match, AssignKind, role.ToString(), Verbs.AssignRole, cancellationToken));
                return;
            default:
                dc.Turn.Send(PersonResolver.NotFoundMessage(match));
                return;
        }
    }

    /// <summary>"make @priya an admin", "Priya is no longer an admin".</summary>
    public async Task SetAdminAsync(DialogContext dc, string who, bool admin, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        if (!await gate.AllowsAsync(dc.Turn, PermissionAction.ManageRoles, null, cancellationToken))
        {
            return;
        }

        // "and make her an admin too", right after giving her a role.
        if (IsPronoun(who) && await UnnamedAsync(dc, scope, cancellationToken) is { } meant)
        {
            dc.Turn.Send(await SetAdminAsync(scope, meant, admin, cancellationToken));
            return;
        }

        var match = await resolver.ResolveAsync(scope, who, dc.Turn.Activity.Mentions, cancellationToken);
        switch (match.Kind)
        {
            case PersonMatchKind.Found:
                dc.Turn.Send(await SetAdminAsync(scope, match.Person!, admin, cancellationToken));
                return;
            case PersonMatchKind.Ambiguous:
                dc.Turn.Send(await WhichAsync(scope, match, AdminKind, admin ? "admin" : "not-admin", Verbs.MakeAdmin, cancellationToken));
                return;
            default:
                dc.Turn.Send(PersonResolver.NotFoundMessage(match));
                return;
        }
    }

    /// <summary>
    /// "let jordan in", "approve Casey's role request", "casey's fine, approve her": the named person's waiting request
    /// approved as the Approve button would, behind the same admin check. False, with nothing said, when the words name
    /// nobody who waits for a role ("approve Initech" is a lead's), so the message is read as something else.
    /// </summary>
    public async Task<bool> TryApproveAsync(DialogContext dc, string? who, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var pending = await requests.ListPendingAsync(scope.Workspace.Id, cancellationToken);
        RoleRequest? request;
        if (who is null || IsPronoun(who))
        {
            // "yep, approve her": only when one person waits (several are listed, each with its buttons).
            if (pending.Count == 0)
            {
                return false;
            }

            if (pending.Count > 1)
            {
                await ListRequestsAsync(dc, cancellationToken);
                return true;
            }

            request = pending[0];
        }
        else
        {
            var match = await resolver.ResolveAsync(scope, who, dc.Turn.Activity.Mentions, cancellationToken);
            request = match.Kind == PersonMatchKind.Found ? pending.FirstOrDefault(r => r.UserId == match.Person!.UserId) : null;
            if (request is null)
            {
                return false;
            }
        }

        if (!await gate.AllowsAsync(dc.Turn, PermissionAction.ManageRoles, null, cancellationToken))
        {
            return true;
        }

        await DecideAsync(dc, request.Id, true, cancellationToken, fromCard: false);
        dc.Recent = new RecentAction(RecentKind, request.UserId);
        return true;
    }

    private static bool IsPronoun(string who) => who.Trim().ToLowerInvariant() is "him" or "her" or "them" or "he" or "she" or "they";

    /// <summary>Who "him" or "her" is: the person just given a role in this conversation, else the one person waiting for a role.</summary>
    private async Task<Person?> UnnamedAsync(DialogContext dc, TurnScope scope, CancellationToken cancellationToken)
    {
        if (dc.Recent is { Kind: RecentKind } recent && await workspaces.GetPersonAsync(scope.Workspace.Id, recent.Key, cancellationToken) is { } given)
        {
            return given;
        }

        var pending = await requests.ListPendingAsync(scope.Workspace.Id, cancellationToken);
        return pending.Count == 1 ? await workspaces.GetPersonAsync(scope.Workspace.Id, pending[0].UserId, cancellationToken) : null;
    }

    /// <summary>A "which Priya?" button, an Approve or a Decline.</summary>
    public async Task HandleAsync(DialogContext dc, CardSubmission submission, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        if (!await gate.AllowsAsync(dc.Turn, PermissionAction.ManageRoles, null, cancellationToken))
        {
            return;
        }

        var kind = submission.Verb switch
        {
            Verbs.AssignRole => AssignKind,
            Verbs.MakeAdmin => AdminKind,
            _ => RequestKind,
        };
        if (await references.ResolveAsync(scope, submission, kind, cancellationToken) is not { } reference)
        {
            dc.Turn.Send(ActionReferences.NotValid);
            return;
        }

        if (kind == RequestKind)
        {
            await DecideAsync(dc, Guid.Parse(reference.TargetId), submission.Verb == Verbs.ApproveRole, cancellationToken);
            return;
        }

        if (await workspaces.GetPersonAsync(scope.Workspace.Id, reference.TargetId, cancellationToken) is not { } target)
        {
            dc.Turn.Send("I can't find that person any more.");
            return;
        }

        var done = kind == AssignKind
            ? await AssignAsync(scope, target, Enum.Parse<Role>(reference.Data!), cancellationToken)
            : await SetAdminAsync(scope, target, reference.Data == "admin", cancellationToken);
        dc.Turn.ReplaceCard = new OutgoingMessage(done);
        dc.Turn.Send(done);
    }

    /// <summary>"role requests": every request waiting, each with Approve and Decline.</summary>
    public async Task ListRequestsAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        if (!await gate.AllowsAsync(dc.Turn, PermissionAction.ManageRoles, null, cancellationToken))
        {
            return;
        }

        var pending = await requests.ListPendingAsync(scope.Workspace.Id, cancellationToken);
        if (pending.Count == 0)
        {
            dc.Turn.Send("No role requests are waiting.");
            return;
        }

        dc.Turn.Send($"{pending.Count} role request{(pending.Count == 1 ? " is" : "s are")} waiting:");
        foreach (var request in pending.Take(10))
        {
            dc.Turn.Send(RoleCards.Request(request, await references.IssueAsync(scope, RequestKind, request.Id.ToString("D"), cancellationToken: cancellationToken)));
        }
    }

    /// <summary>
    /// "who are the admins then?", "who approves roles around here?", "who can change our currency?": any member may ask, and
    /// the answer names the admins the permission gate knows (as its refusals name them); nothing changes.
    /// </summary>
    public async Task WhoAdminsAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        if (!await gate.AllowsAsync(dc.Turn, PermissionAction.Read, null, cancellationToken))
        {
            return;
        }

        dc.Turn.Send(await AdminsAnswerAsync(scope, cancellationToken));
    }

    /// <summary>Who the admins are and what only they do, for the person asking (an admin is told they are one).</summary>
    public async Task<string> AdminsAnswerAsync(TurnScope scope, CancellationToken cancellationToken)
    {
        const string Does = "Admins change the workspace settings, give roles and admin rights, and approve role requests";
        var others = await gate.AdminMentionsAsync(scope, cancellationToken);
        if (scope.Actor.IsAdmin)
        {
            return others.Count == 0
                ? $"You're an admin here. {Does}: say \"settings\" to see them, or \"role requests\" for anyone waiting."
                : $"You're an admin here, and so {(others.Count > 1 ? "are" : "is")} {PermissionGate.Join(others, "and")}. {Does}.";
        }

        return others.Count == 0
            ? $"{Does}, and I don't know of an admin here yet: a workspace owner or admin on the platform is one."
            : $"{Does}: ask {PermissionGate.Join(others)}.";
    }

    /// <summary>"who has which role?": any member may ask.</summary>
    public async Task ListRolesAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        if (!await gate.AllowsAsync(dc.Turn, PermissionAction.Read, null, cancellationToken))
        {
            return;
        }

        var people = await workspaces.ListPeopleAsync(scope.Workspace.Id, cancellationToken);
        var local = scope.Workspace.Id == WorkspaceId.Local;
        dc.Turn.Send(RoleCards.List(people, p => local || gate.IsKnownAdmin(scope.Workspace.Id, p), p => PermissionGate.Mention(scope.Workspace, p)));
    }

    private async Task DecideAsync(DialogContext dc, Guid requestId, bool approve, CancellationToken cancellationToken, bool fromCard = true)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var request = await requests.GetAsync(scope.Workspace.Id, requestId, cancellationToken);
        if (request is null)
        {
            dc.Turn.Send("I can't find that role request any more.");
            return;
        }

        var decided = await requests.TryDecideAsync(scope.Workspace.Id, request.Id, approve ? RoleRequestStatus.Approved : RoleRequestStatus.Declined, scope.Person.Ref, time.GetUtcNow(), cancellationToken);
        if (!decided)
        {
            var settled = await requests.GetAsync(scope.Workspace.Id, request.Id, cancellationToken);
            var message = $"That request was already {settled?.Status.ToString().ToLowerInvariant() ?? "settled"}{(settled?.DecidedBy is { } by ? $" by {by.Name}" : string.Empty)}.";
            if (fromCard)
            {
                dc.Turn.ReplaceCard = new OutgoingMessage(message);
            }

            dc.Turn.Send(message);
            return;
        }

        var person = await workspaces.GetPersonAsync(scope.Workspace.Id, request.UserId, cancellationToken);
        string done;
        if (approve && person is not null)
        {
            await ChangeAsync(scope, person, request.Role, person.IsAdmin, $"approved request {request.Id:N}", cancellationToken);
            done = $"✓ Approved: {request.UserName} is {Roles.WithArticle(request.Role)} now.";
            await notifier.SendAsync(scope.Workspace.Id, person, $"{scope.Person.DisplayName} approved your request: you're {Roles.WithArticle(request.Role)} now.", cancellationToken);
        }
        else
        {
            done = $"Declined: {request.UserName} asked to be {Roles.WithArticle(request.Role)}.";
            if (person is not null)
            {
                await notifier.SendAsync(scope.Workspace.Id, person, $"{scope.Person.DisplayName} declined your request to be {Roles.WithArticle(request.Role)}. Talk to them if you think it should be yours.", cancellationToken);
            }
        }

        if (fromCard)
        {
            dc.Turn.ReplaceCard = new OutgoingMessage(done);
        }

        dc.Turn.Send(done);
    }

    private async Task<string> AssignAsync(TurnScope scope, Person target, Role role, CancellationToken cancellationToken)
    {
        if (target.Role == role)
        {
            return $"{target.DisplayName} is already {Roles.WithArticle(role)}.";
        }

        await ChangeAsync(scope, target, role, target.IsAdmin, "given by an admin", cancellationToken);
        return $"Done: {PermissionGate.Mention(scope.Workspace, target)} is {Roles.WithArticle(role)} now.";
    }

    private async Task<string> SetAdminAsync(TurnScope scope, Person target, bool admin, CancellationToken cancellationToken)
    {
        if (target.IsAdmin == admin)
        {
            return admin ? $"{target.DisplayName} is already an admin." : $"{target.DisplayName} isn't an admin I made, so there is nothing to remove.";
        }

        await ChangeAsync(scope, target, target.Role, admin, admin ? "made admin by an admin" : "admin right removed by an admin", cancellationToken);
        var other = !admin && (target.IsPlatformAdmin || gate.IsConfiguredAdmin(scope.Workspace.Id, target))
            ? " They stay an admin through the platform or the configuration, which I don't change."
            : string.Empty;
        return admin
            ? $"Done: {PermissionGate.Mention(scope.Workspace, target)} is an admin now: they can give roles, approve role requests and change workspace settings."
            : $"Done: {PermissionGate.Mention(scope.Workspace, target)} is no longer an admin here.{other}";
    }

    private async Task<OutgoingMessage> WhichAsync(TurnScope scope, PersonMatch match, string kind, string data, string verb, CancellationToken cancellationToken)
    {
        var choices = new List<(Person, string)>();
        foreach (var candidate in match.CandidateList.Take(6))
        {
            choices.Add((candidate, await references.IssueAsync(scope, kind, candidate.UserId, data: data, cancellationToken: cancellationToken)));
        }

        return RoleCards.Which(PersonResolver.WhichQuestion(match), choices, verb);
    }
}
