using System.Globalization;
using AlignmentBot.Application.Dialogs;
using AlignmentBot.Application.Dialogs.Goals;
using AlignmentBot.Application.References;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Application.Cards;

/// <summary>The goal as one form, pre-filled from what the person already said (Slack opens it as a modal).</summary>
public static class GoalForm
{
    /// <param name="people">The workspace's people, offered by the owner picker where the channel has no directory of its own.</param>
    /// <param name="reference">What the form saves (the goal it creates and the words it was asked in), kept on the server.</param>
    public static OutgoingMessage Build(GoalDraft draft, string currency, IReadOnlyList<Choice> people, string reference)
    {
        var blocks = new CardBlock[]
        {
            new ChoiceInput("metric", "Metric", MetricQuestions.MetricChoices.Select(c => new Choice(c.Title, c.Value)).ToArray(), draft.Metric, Required: true),
            new TextInput("target", "Target", draft.Target?.ToString("0.##", CultureInfo.InvariantCulture), $"a number, e.g. 200 (amounts in {currency}, percentages without %)", Required: true, Kind: InputKind.Number),
            new ChoiceInput("period", "Counted", MetricQuestions.PeriodChoices.Select(c => new Choice(c.Title, c.Value)).ToArray(), draft.Period ?? "month"),
            new TextInput("baseline", "Where it is today (optional)", draft.Baseline?.ToString("0.##", CultureInfo.InvariantCulture), "leave empty to take it from your data", Kind: InputKind.Number),
            new DateInput("deadline", "Deadline", draft.Deadline, Required: true),
            new PersonInput("owner", "Owner (empty: you)", people, draft.OwnerId),
        };
        var data = ActionReferences.Data(reference);
        // Say what was filled in, too: the fields alone do not show it where a form is a modal or a plain-text fallback.
        var filled = new List<string>();
        if (draft.Metric is { } metric && Domain.Metrics.MetricCatalog.TryParse(metric, out var key))
        {
            filled.Add(Domain.Metrics.MetricCatalog.Get(key).Plural);
        }

        if (draft.Target is { } target)
        {
            filled.Add($"target {Domain.Common.Formatting.Number(target)}{(draft.Period is { } per ? $" a {per}" : string.Empty)}");
        }

        if (draft.Deadline is { } due)
        {
            filled.Add($"by {Domain.Common.Formatting.Date(due)}");
        }

        var intro = "Define the goal in one form: check what I filled in from your message and complete the rest." + (filled.Count == 0 ? string.Empty : $" From your message: {string.Join(", ", filled)}.");
        return new OutgoingMessage(intro,
            new Card("Define a measurable goal", blocks, [new CardAction("Review goal", Verbs.SubmitGoalForm, data, ActionStyle.Primary)], $"goal-form:{draft.GoalId:N}"));
    }

    /// <summary>The button offered at the start of the goal dialog.</summary>
    public static OutgoingMessage Offer()
        => new("I'll ask only for what's missing, one question at a time. Prefer a form?",
            new Card(null, [new TextBlock("I'll ask only for what's missing, one question at a time. Prefer a form?", TextStyle.Subtle)], [new CardAction("Use a form instead", Verbs.OpenGoalForm)], "goal-form-offer"));
}
