using System.Globalization;
using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Cards;
using AlignmentBot.Application.Dialogs;
using AlignmentBot.Application.Dialogs.Requests;
using AlignmentBot.Application.People;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.References;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Domain.Permissions;
using AlignmentBot.Domain.Requests;

namespace AlignmentBot.Application.Commands;

/// <summary>
/// Requests that land on marketing: from a sentence (a dialog asks what is missing), from any message through the
/// "Log as marketing request" shortcut (a pre-filled form), and "Decline it" on an unaligned one.
/// </summary>
public sealed class LogRequestCommand(RequestService service, IRequestStore requests, PersonResolver people, ActionReferences references) : IBotCommand, ISubmissionHandler
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
                // A message that names no one else, or asks for the work in the author's own words ("can marketing do a
                // one-pager …?", "I need …"), was asked for by its author, not by whoever logs it.
                draft = draft.RequestedBy is null || string.Equals(draft.RequestedBy, "me", StringComparison.OrdinalIgnoreCase)
                    ? draft with { RequestedBy = submission.Value("author"), RequestedById = submission.Value("authorId"), Title = draft.Title ?? text }
                    : draft with { Title = draft.Title ?? text };
                dc.Turn.Send(await service.FormAsync(scope, draft, await people.KnownAsync(scope, cancellationToken), cancellationToken));
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

        // The request this form creates is the one its reference names, never an id the client sent.
        if (await references.ResolveAsync(scope, submission, RequestService.FormKind, ct) is not { } form)
        {
            dc.Turn.InputErrors = new Dictionary<string, string> { ["title"] = ActionReferences.NotValid };
            dc.Turn.Send(ActionReferences.NotValid);
            return;
        }

        var (requester, requesterId) = (submission.Value("requestedBy"), (string?)null);
        if (requester is not null)
        {
            var match = await people.ResolvePickedAsync(scope, requester, ct);
            if (match.Kind == PersonMatchKind.Ambiguous)
            {
                dc.Turn.InputErrors = new Dictionary<string, string> { ["requestedBy"] = $"More than one person is called {requester}: pick one." };
                dc.Turn.Send($"More than one person is called {requester}: pick one.");
                return;
            }

            // Someone the workspace doesn't know (a partner, a customer) stays as written.
            (requester, requesterId) = match.Kind == PersonMatchKind.Found ? (match.Person!.DisplayName, match.Person.UserId) : (requester, null);
        }

        Guid? goal = Guid.TryParse(submission.Value("goal"), out var goalId) ? goalId : null;
        var draft = new RequestDraft(Guid.Parse(form.TargetId), title!, title, requester, due, cost, null, hours, requesterId, true);
        var logged = await service.SaveAsync(draft, goal, scope, dc.Turn.Now, dc.Turn.Today, ct);
        dc.Turn.ReplaceCard = new OutgoingMessage("✓ Logged: " + title);
        dc.Turn.Send(logged);
    }

    private async Task DeclineAsync(DialogContext dc, CardSubmission submission, TurnScope scope, CancellationToken ct)
    {
        if (await references.ResolveAsync(scope, submission, RequestService.RequestKind, ct) is not { } reference)
        {
            dc.Turn.Send(ActionReferences.NotValid);
            return;
        }

        var request = await requests.GetAsync(scope.Workspace.Id, Guid.Parse(reference.TargetId), ct);
        if (request is null)
        {
            dc.Turn.Send("I can't find that request any more.");
            return;
        }

        if (await service.DeclineAsync(dc.Turn, request, keepIfDeclined: false, ct))
        {
            dc.Turn.ReplaceCard = new OutgoingMessage($"Declined: \"{request.Title}\" (serves no agreed goal).");
        }
    }
}
