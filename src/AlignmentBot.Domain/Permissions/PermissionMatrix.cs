using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Domain.Permissions;

/// <summary>
/// The one permission matrix: who may do what, from the person's roles, admin rights and membership and the facts of
/// the thing acted on. Pure: the application gathers the facts and enforces the answer in one place.
/// </summary>
public static class PermissionMatrix
{
    private static readonly Role[] SalesRoles = [Role.SalesLead, Role.SalesRep];
    private static readonly Role[] SlaProposers = [Role.MarketingLead, Role.SalesLead, Role.Leadership];
    private static readonly Role[] Importers = [Role.MarketingLead, Role.SalesLead, Role.Leadership];

    public static Permission Check(PermissionAction action, Actor actor, PermissionResource? resource = null)
    {
        resource ??= PermissionResource.None;
        if (!actor.IsMember)
        {
            return Permission.Refuse(action, MembershipReason(actor.Membership), WhoCan.Nobody) with { RefusedForMembership = true };
        }

        return action switch
        {
            PermissionAction.Read or PermissionAction.LogRequest or PermissionAction.RequestRole => Permission.Allow(action),
            PermissionAction.DefineCompanyGoal => actor.IsAdmin || actor.Role == Role.Leadership
                ? Permission.Allow(action)
                : Permission.Refuse(action, "Only leadership or an admin can set a company goal", new WhoCan([Role.Leadership], true, [])),
            PermissionAction.DefineFunctionGoal => FunctionGoal(actor, resource),
            PermissionAction.CheckIn => CheckIn(actor, resource),
            PermissionAction.DeclineRequest => actor.IsAdmin || actor.Function == Function.Marketing || (resource.AuthorId is { } author && author == actor.UserId)
                ? Permission.Allow(action)
                : Permission.Refuse(action, "Only marketing, the person who logged the request or an admin can decline it",
                    new WhoCan([Role.MarketingLead, Role.Marketer], true, resource.AuthorId is null ? [] : [resource.AuthorId])),
            PermissionAction.ChangeLoggedRequest => actor.IsAdmin || (resource.AuthorId is { } logger && logger == actor.UserId)
                ? Permission.Allow(action)
                : Permission.Refuse(action, "Only the person who logged the request or an admin can change or take it back",
                    new WhoCan([], true, resource.AuthorId is null ? [] : [resource.AuthorId])),
            PermissionAction.DecideLead => actor.Role is Role.SalesLead or Role.SalesRep
                ? Permission.Allow(action)
                : Permission.Refuse(action, "Only sales (the sales lead and sales reps) can accept or reject leads", new WhoCan(SalesRoles, false, [])),
            PermissionAction.UndoLeadDecision => actor.IsAdmin || (resource.AuthorId is { } decider && decider == actor.UserId)
                ? Permission.Allow(action)
                : Permission.Refuse(action, "Only the person who made this decision or an admin can undo it",
                    new WhoCan([], true, resource.AuthorId is null ? [] : [resource.AuthorId])),
            PermissionAction.ProposeSla => actor.Role is { } role && SlaProposers.Contains(role)
                ? Permission.Allow(action)
                : Permission.Refuse(action, "Only the marketing lead, the sales lead or leadership can propose the lead agreement", new WhoCan(SlaProposers, false, [])),
            PermissionAction.ConfirmSla => ConfirmSla(actor, resource),
            PermissionAction.ManageChannelDigest => actor.IsAdmin || (actor.Role is not null && resource.InChannel)
                ? Permission.Allow(action)
                : Permission.Refuse(action, "Only people with a role who are in this channel, or an admin, can change its digest", new WhoCan(Enum.GetValues<Role>(), true, [])),
            PermissionAction.ManageWorkspace => actor.IsAdmin
                ? Permission.Allow(action)
                : Permission.Refuse(action, "Only an admin can change workspace settings such as digest holidays", new WhoCan([], true, [])),
            PermissionAction.ManageRoles => actor.IsAdmin
                ? Permission.Allow(action)
                : Permission.Refuse(action, "Only an admin can give roles and admin rights", new WhoCan([], true, [])),
            PermissionAction.ManageSync => actor.IsAdmin
                ? Permission.Allow(action)
                : Permission.Refuse(action, "Only an admin can connect a CRM, run the sync or see its status", new WhoCan([], true, [])),
            // A file replaces numbers and leads wholesale: the people who answer for them, not everyone who reports one.
            PermissionAction.ImportData => actor.IsAdmin || (actor.Role is { } importer && Importers.Contains(importer))
                ? Permission.Allow(action)
                : Permission.Refuse(action, "Only the marketing lead, the sales lead, leadership or an admin can load a file of numbers, leads or accounts", new WhoCan(Importers, true, [])),
            PermissionAction.RemindNow => RemindNow(actor, resource),
            PermissionAction.SeeOverdueCheckIns => actor.IsAdmin || actor.Role == Role.Leadership
                ? Permission.Allow(action)
                : Permission.Refuse(action, "Only leadership or an admin can see who hasn't checked in", new WhoCan([Role.Leadership], true, [])),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };
    }

    private static Permission FunctionGoal(Actor actor, PermissionResource resource)
    {
        var functions = resource.Functions.Count == 0 ? [Function.Marketing] : resource.Functions;
        if (functions.Contains(Function.Leadership))
        {
            return Check(PermissionAction.DefineCompanyGoal, actor, resource) with { Action = PermissionAction.DefineFunctionGoal };
        }

        if (actor.IsAdmin || actor.Role == Role.Leadership || (actor.Role is { } role && functions.Any(f => Roles.LeadOf(f) == role)))
        {
            return Permission.Allow(PermissionAction.DefineFunctionGoal);
        }

        var leads = functions.OrderBy(f => f).Select(Roles.LeadOf).ToArray();
        var what = functions.Count > 1 ? "a shared goal" : $"a {Roles.Noun(functions.First())} goal";
        var who = string.Join(", ", leads.Select(l => "the " + Roles.Noun(l)));
        return Permission.Refuse(PermissionAction.DefineFunctionGoal, $"Only {who}, leadership or an admin can set {what}", new WhoCan([.. leads, Role.Leadership], true, []));
    }

    private static Permission CheckIn(Actor actor, PermissionResource resource)
    {
        if (actor.IsAdmin || resource.OwnerIds.Contains(actor.UserId) || (actor.Function is { } function && resource.Functions.Contains(function)))
        {
            return Permission.Allow(PermissionAction.CheckIn);
        }

        var functions = resource.Functions.OrderBy(f => f).ToArray();
        var roles = Enum.GetValues<Role>().Where(r => functions.Contains(Roles.FunctionOf(r))).ToArray();
        var who = functions.Length == 0 ? "an admin" : $"{string.Join(" or ", functions.Select(Roles.Noun))}, the goal's owner or an admin";
        return Permission.Refuse(PermissionAction.CheckIn, $"Only {who} can record these numbers", new WhoCan(roles, true, [.. resource.OwnerIds]));
    }

    /// <summary>Reminding someone now: whoever set the goal, the lead of the owner's function, leadership, admins.</summary>
    private static Permission RemindNow(Actor actor, PermissionResource resource)
    {
        var leads = resource.Functions.Where(f => f != Function.Leadership).OrderBy(f => f).Select(Roles.LeadOf).ToArray();
        if (actor.IsAdmin || actor.Role == Role.Leadership || (resource.AuthorId is { } setter && setter == actor.UserId)
            || (actor.Role is { } role && leads.Contains(role)))
        {
            return Permission.Allow(PermissionAction.RemindNow);
        }

        var who = string.Concat(leads.Select(l => $"the {Roles.Noun(l)}, "));
        return Permission.Refuse(PermissionAction.RemindNow, $"Only whoever set the goal, {who}leadership or an admin can remind its owner now",
            new WhoCan([.. leads, Role.Leadership], true, resource.AuthorId is null ? [] : [resource.AuthorId]));
    }

    private static Permission ConfirmSla(Actor actor, PermissionResource resource)
    {
        if (resource.Side is not ({ } side and (Function.Marketing or Function.Sales)))
        {
            throw new ArgumentException("Confirming the lead agreement needs the side: marketing or sales.", nameof(resource));
        }

        var lead = Roles.LeadOf(side);
        if (actor.Role != lead)
        {
            return Permission.Refuse(PermissionAction.ConfirmSla, $"Only {Roles.WithArticle(lead)} can confirm for {Roles.Noun(side)}", new WhoCan([lead], false, []));
        }

        if (resource.OtherSideSignatoryId is { } other && other == actor.UserId)
        {
            return Permission.Refuse(PermissionAction.ConfirmSla,
                $"You already signed the other side of this agreement, and one person cannot sign both: another {Roles.Noun(lead)} has to confirm for {Roles.Noun(side)}",
                new WhoCan([lead], false, []));
        }

        return Permission.Allow(PermissionAction.ConfirmSla);
    }

    private static string MembershipReason(Membership membership) => membership switch
    {
        Membership.Guest => "Guests can't see or change this workspace's goals, leads, lead agreement or digests",
        Membership.External => "People from other organisations can't see or change this workspace's goals, leads, lead agreement or digests",
        _ => "I couldn't confirm that you are a member of this workspace",
    };
}
