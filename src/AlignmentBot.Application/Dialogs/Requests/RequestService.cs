using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Cards;
using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Requests;

namespace AlignmentBot.Application.Dialogs.Requests;

/// <summary>Saves a logged request and answers with this month's unaligned share; shared by the dialog and the form.</summary>
public sealed class RequestService(IRequestStore requests, IGoalStore goals)
{
    public async Task<IReadOnlyList<Goal>> OpenGoalsAsync(TurnScope scope, CancellationToken ct)
        => (await goals.ListAsync(scope.Workspace.Id, ct)).Where(g => g.Status == GoalStatus.Active).OrderBy(g => g.Audience).ThenBy(g => g.Deadline).ToArray();

    public async Task<OutgoingMessage> SaveAsync(RequestDraft draft, Guid? goalId, TurnScope scope, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var request = new MarketingRequest(draft.Id, scope.Workspace.Id, draft.Title ?? draft.AskedAs, draft.RequestedBy ?? "not said", scope.Person.DisplayName, now, draft.Due,
            draft.Cost is { } c ? new Money(c, draft.Currency ?? scope.Currency) : null, draft.EffortHours, goalId is { } g ? new GoalId(g) : null, RequestStatus.Open);
        await requests.SaveAsync(request, ct);
        var goal = goalId is { } id ? await goals.GetAsync(scope.Workspace.Id, new GoalId(id), ct) : null;
        var month = UnalignedWork.Summarize(await requests.ListAsync(scope.Workspace.Id, ct), Periods.Containing(today, PeriodKind.Month));
        return RequestCards.Logged(request, goal, month, scope.Currency);
    }
}
