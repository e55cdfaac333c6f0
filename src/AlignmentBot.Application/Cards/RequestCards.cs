using AlignmentBot.Application.Dialogs;
using AlignmentBot.Application.Dialogs.Requests;
using AlignmentBot.Application.References;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Requests;

namespace AlignmentBot.Application.Cards;

public static class RequestCards
{
    public const string Unaligned = "unaligned";

    /// <summary>What was logged and how much of this month's work serves no goal (the "task wheel").</summary>
    /// <param name="declineReference">For an unaligned request: the reference behind its "Decline it" button.</param>
    public static OutgoingMessage Logged(MarketingRequest request, Goal? goal, UnalignedSummary month, string currency, string? declineReference)
    {
        var details = new List<string>();
        if (request.DueDate is { } due)
        {
            details.Add("due " + Formatting.Date(due));
        }

        if (request.Cost is { } cost)
        {
            details.Add(Formatting.Money(cost.Amount, cost.Currency));
        }

        if (request.EffortHours is { } hours)
        {
            details.Add($"{Formatting.Number(hours)} h");
        }

        var serves = goal is null ? "unaligned: it serves no agreed goal" : $"serves {goal.Title(currency)}";
        var headline = $"Logged \"{request.Title}\" for {request.RequestedBy}{(details.Count == 0 ? string.Empty : " (" + string.Join(", ", details) + ")")}: {serves}.";
        var share = month.SharePercent is { } percent
            ? $"Unaligned work this month: {month.Unaligned} of {month.Logged} requests ({Formatting.Percent(percent)})" +
              (month.EffortSharePercent is { } effort ? $", {Formatting.Percent(effort)} of logged hours" : string.Empty) + "."
            : "This is the first request logged this month.";
        var hint = goal is null ? " Worth a conversation with the requester: what goal it serves, if any, or whether it's a no." : string.Empty;
        var text = $"{headline}\n{share}{hint}";
        var actions = goal is null && declineReference is not null ? new[] { new CardAction("Decline it", Verbs.DeclineRequest, ActionReferences.Data(declineReference), ActionStyle.Destructive) } : null;
        return new OutgoingMessage(text, new Card("Request logged", [new TextBlock(headline, goal is null ? TextStyle.Warning : TextStyle.Good, Literal: true), new TextBlock(share + hint, TextStyle.Subtle)], actions, $"request:{request.Id:N}"));
    }

    /// <summary>The request as a form, pre-filled (the Slack message shortcut opens it as a modal); the request it creates is behind <paramref name="reference"/>.</summary>
    public static OutgoingMessage Form(RequestDraft draft, IReadOnlyList<Goal> goals, string currency, IReadOnlyList<Choice> people, string reference)
    {
        var choices = goals.Take(8).Select(g => new Choice(g.Title(currency), g.Id.ToString())).Append(new Choice("None of these (unaligned)", Unaligned)).ToArray();
        var blocks = new CardBlock[]
        {
            new TextInput("title", "What was asked for", draft.Title, "e.g. a booth at the regional trade show", Multiline: true, Required: true),
            new PersonInput("requestedBy", "Requested by", people, draft.RequestedById ?? draft.RequestedBy),
            new DateInput("due", "Due", draft.Due),
            new TextInput("cost", $"Cost ({currency})", draft.Cost?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), "e.g. 2500", Kind: InputKind.Number),
            new TextInput("hours", "Effort (hours)", draft.EffortHours?.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture), "e.g. 8", Kind: InputKind.Number),
            new ChoiceInput("goal", "Which goal does it serve?", choices, Unaligned, Required: true),
        };
        return new OutgoingMessage("Log this as a marketing request: check the details and pick the goal it serves.",
            new Card("Log a marketing request", blocks, [new CardAction("Log request", Verbs.SubmitRequestForm, ActionReferences.Data(reference), ActionStyle.Primary)], $"request-form:{draft.Id:N}"));
    }
}
