using System.Globalization;
using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Cards;
using AlignmentBot.Application.Dialogs;
using AlignmentBot.Application.Dialogs.Requests;
using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Domain.Requests;

namespace AlignmentBot.Application.Commands;

/// <summary>
/// Requests that land on marketing: from a sentence (a dialog asks what is missing), from any message through the
/// "Log as marketing request" shortcut (a pre-filled form), and "Decline it" on an unaligned one.
/// </summary>
public sealed class LogRequestCommand(RequestService service, IRequestStore requests) : IBotCommand, ISubmissionHandler
{
    public string Intent => "log_request";

    public IReadOnlyCollection<string> Verbs { get; } = [WellKnownVerbs.LogRequestFromMessage, Dialogs.Verbs.SubmitRequestForm, Dialogs.Verbs.DeclineRequest];

    public Task HandleAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken cancellationToken)
        => dc.BeginDialogAsync(DialogIds.LogRequest, (understanding.Text, understanding.Entities), cancellationToken);

    public async Task HandleAsync(DialogContext dc, CardSubmission submission, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        switch (submission.Verb)
        {
            case WellKnownVerbs.LogRequestFromMessage:
            {
                var text = submission.Value("text") ?? string.Empty;
                var draft = RequestParsing.Parse(text, dc.Turn.Entities.Read(text, dc.Turn.Today), Guid.NewGuid());
                draft = draft with { RequestedBy = draft.RequestedBy ?? submission.Value("author"), Title = draft.Title ?? text };
                dc.Turn.Send(RequestCards.Form(draft, await service.OpenGoalsAsync(scope, cancellationToken), scope.Currency));
                return;
            }

            case Dialogs.Verbs.SubmitRequestForm:
                await SubmitAsync(dc, submission, scope, cancellationToken);
                return;

            default:
                await DeclineAsync(dc, submission, scope, cancellationToken);
                return;
        }
    }

    private async Task SubmitAsync(DialogContext dc, CardSubmission submission, TurnScope scope, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        var title = submission.Value("title");
        if (title is null)
        {
            errors["title"] = "Say what was asked for.";
        }

        decimal? cost = null;
        if (submission.Value("cost") is { } costText)
        {
            if (decimal.TryParse(costText.Replace(",", string.Empty, StringComparison.Ordinal).TrimStart('$', '€', '£'), NumberStyles.Number, CultureInfo.InvariantCulture, out var c) && c >= 0)
            {
                cost = c;
            }
            else
            {
                errors["cost"] = $"\"{costText}\" is not an amount; use digits, e.g. 2500.";
            }
        }

        decimal? hours = null;
        if (submission.Value("hours") is { } hoursText)
        {
            if (decimal.TryParse(hoursText, NumberStyles.Number, CultureInfo.InvariantCulture, out var h) && h >= 0 && h <= 10_000)
            {
                hours = h;
            }
            else
            {
                errors["hours"] = $"\"{hoursText}\" is not a number of hours.";
            }
        }

        DateOnly? due = null;
        if (submission.Value("due") is { } dueText)
        {
            if (DateOnly.TryParseExact(dueText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d >= dc.Turn.Today)
            {
                due = d;
            }
            else
            {
                errors["due"] = "Pick a date from today on.";
            }
        }

        if (errors.Count > 0)
        {
            dc.Turn.InputErrors = errors;
            dc.Turn.Send("Some fields need another look: " + string.Join(" ", errors.Values));
            return;
        }

        var id = Guid.TryParse(submission.Value("id"), out var draftId) ? draftId : Guid.NewGuid();
        Guid? goal = Guid.TryParse(submission.Value("goal"), out var goalId) ? goalId : null;
        var draft = new RequestDraft(id, title!, title, submission.Value("requestedBy"), due, cost, null, hours);
        var logged = await service.SaveAsync(draft, goal, scope, dc.Turn.Now, dc.Turn.Today, ct);
        dc.Turn.ReplaceCard = new OutgoingMessage("✓ Logged: " + title);
        dc.Turn.Send(logged);
    }

    private async Task DeclineAsync(DialogContext dc, CardSubmission submission, TurnScope scope, CancellationToken ct)
    {
        var request = Guid.TryParse(submission.Value("id"), out var id) ? await requests.GetAsync(scope.Workspace.Id, id, ct) : null;
        if (request is null)
        {
            dc.Turn.Send("I can't find that request any more.");
            return;
        }

        await requests.SaveAsync(request with { Status = RequestStatus.Declined, DecisionReason = $"Declined by {scope.Person.DisplayName}: serves no agreed goal." }, ct);
        dc.Turn.ReplaceCard = new OutgoingMessage($"Declined: \"{request.Title}\" (serves no agreed goal).");
        dc.Turn.Send($"Declined \"{request.Title}\". Let {request.RequestedBy} know why: it doesn't serve any goal we agreed on.");
    }
}
