using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Cards;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Domain.Permissions;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.References;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Requests;

namespace AlignmentBot.Application.Dialogs.Requests;

/// <summary>Saves a logged request and answers with this month's unaligned share; shared by the dialog and the form.</summary>
public sealed class RequestService(IRequestStore requests, IGoalStore goals, ActionReferences references, PermissionGate gate)
{
    public const string FormKind = "request.form";
    public const string RequestKind = "request";

    public async Task<IReadOnlyList<Goal>> OpenGoalsAsync(TurnScope scope, CancellationToken ct)
        => (await goals.ListAsync(scope.Workspace.Id, ct)).Where(g => g.Status == GoalStatus.Active).OrderBy(g => g.Audience).ThenBy(g => g.Deadline).ToArray();

    /// <summary>The pre-filled form; the request it will create is behind a reference, so a submission cannot aim at another one.</summary>
    public async Task<OutgoingMessage> FormAsync(TurnScope scope, RequestDraft draft, IReadOnlyList<Choice> people, CancellationToken ct)
        => RequestCards.Form(draft, await OpenGoalsAsync(scope, ct), scope.Currency, people, await references.IssueAsync(scope, FormKind, draft.Id.ToString("D"), cancellationToken: ct));

    public async Task<OutgoingMessage> SaveAsync(RequestDraft draft, Guid? goalId, TurnScope scope, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        // A goal is only ever one of this workspace's: an id from anywhere else leaves the request unaligned.
        var goal = goalId is { } id ? await goals.GetAsync(scope.Workspace.Id, new GoalId(id), ct) : null;
        var request = await SaveDraftAsync(draft, goal?.Id, scope, now, ct);
        var month = UnalignedWork.Summarize(await requests.ListAsync(scope.Workspace.Id, ct), Periods.Containing(today, PeriodKind.Month));
        var decline = goal is null ? await references.IssueAsync(scope, RequestKind, request.Id.ToString("D"), cancellationToken: ct) : null;
        return RequestCards.Logged(request, goal, month, scope.Currency, decline);
    }

    /// <summary>
    /// Logs the draft as unaligned while the person is asked which goal it serves: what they said is on the list at once,
    /// and the answer ties it (<see cref="SaveAsync"/> saves the same id again). Logged by the person talking, as always.
    /// </summary>
    public Task KeepAsync(RequestDraft draft, TurnScope scope, DateTimeOffset now, CancellationToken ct)
        => SaveDraftAsync(draft, null, scope, now, ct);

    /// <summary>Takes back a request kept for the goal question when the person drops the dialog; a request tied or
    /// changed since (by a form, say) is left alone.</summary>
    public async Task TakeBackAsync(RequestDraft draft, TurnScope scope, CancellationToken ct)
    {
        if (await requests.GetAsync(scope.Workspace.Id, draft.Id, ct) is { GoalId: null, Status: RequestStatus.Open })
        {
            await requests.RemoveAsync(scope.Workspace.Id, draft.Id, ct);
        }
    }

    private async Task<MarketingRequest> SaveDraftAsync(RequestDraft draft, GoalId? goal, TurnScope scope, DateTimeOffset now, CancellationToken ct)
    {
        // Saved again with a goal, the request keeps the time it was first logged; a draft kept before KeptAt existed reads it back.
        var logged = draft.KeptAt
            ?? (draft.Kept && await requests.GetAsync(scope.Workspace.Id, draft.Id, ct) is { } kept ? kept.LoggedAt : now);
        var request = new MarketingRequest(draft.Id, scope.Workspace.Id, draft.Title ?? draft.AskedAs, draft.RequestedBy ?? "not said", scope.Person.DisplayName, logged, draft.Due,
            draft.Cost is { } c ? new Money(c, draft.Currency ?? scope.Currency) : null, draft.EffortHours, goal, RequestStatus.Open,
            RequestedById: draft.RequestedById, LoggedById: scope.Person.UserId);
        await requests.SaveAsync(request, ct);
        return request;
    }

    /// <summary>
    /// Declines a logged request: the Decline button's and "decline it"'s one way. Only who may (else the gate says who
    /// can, and this returns false); the reason is recorded and the person is told what to tell the requester.
    /// </summary>
    /// <param name="keepIfDeclined">Say a request declined already is so and leave it (in words); the button declines again.</param>
    public async Task<bool> DeclineAsync(DialogTurn turn, MarketingRequest request, bool keepIfDeclined, CancellationToken ct)
    {
        if (!await gate.AllowsAsync(turn, PermissionAction.DeclineRequest, new PermissionResource { AuthorId = request.LoggedById }, ct))
        {
            return false;
        }

        if (keepIfDeclined && request.Status == RequestStatus.Declined)
        {
            turn.Send($"\"{request.Title}\" is declined already.");
            return true;
        }

        var scope = turn.Get<TurnScope>();
        var why = request.IsAligned ? "declined in chat" : "serves no agreed goal";
        await requests.SaveAsync(request with { Status = RequestStatus.Declined, DecisionReason = $"Declined by {scope.Person.DisplayName}: {why}." }, ct);
        turn.Send($"Declined \"{request.Title}\". Let {request.RequestedBy} know why{(request.IsAligned ? string.Empty : ": it doesn't serve any goal we agreed on")}.");
        return true;
    }

    /// <summary>
    /// Takes a decline back ("wait no, undo that" right after it): the request gets the status and reason it had before, behind
    /// the same permission check as declining it (else the gate says who can).
    /// </summary>
    public async Task ReopenAsync(DialogTurn turn, MarketingRequest request, RequestStatus status, string? reason, CancellationToken ct)
    {
        if (!await gate.AllowsAsync(turn, PermissionAction.DeclineRequest, new PermissionResource { AuthorId = request.LoggedById }, ct))
        {
            return;
        }

        if (request.Status != RequestStatus.Declined)
        {
            turn.Send($"\"{request.Title}\" isn't declined, so there was nothing to undo.");
            return;
        }

        await requests.SaveAsync(request with { Status = status, DecisionReason = reason }, ct);
        turn.Send($"Undone: \"{request.Title}\" is no longer declined; it is {(status == RequestStatus.InProgress ? "in progress" : "open")} again.");
    }
}
