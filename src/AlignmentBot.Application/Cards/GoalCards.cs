using AlignmentBot.Application.Dialogs;
using AlignmentBot.Application.Dialogs.Goals;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Metrics;

namespace AlignmentBot.Application.Cards;

public static class GoalCards
{
    /// <summary>The summary a person confirms before anything is saved.</summary>
    public static OutgoingMessage Summary(Goal goal, GoalDraft draft, Goal? child, string currency)
    {
        var blocks = new List<CardBlock>
        {
            new FactsBlock(Kept(Facts(goal, draft.BaselineSource, currency), goal, draft, currency)),
        };
        var text = new List<string> { $"Here's the goal: **{goal.Title(currency)}**, owned by {goal.OwnerName}." };
        if (draft.Numbers is { } numbers)
        {
            blocks.Add(new TextBlock(numbers, numbers.Contains("unrealistic", StringComparison.Ordinal) ? TextStyle.Warning : TextStyle.Normal));
            text.Add(numbers);
        }

        if (child is not null && draft.Child is { } c)
        {
            blocks.Add(new DividerBlock());
            blocks.Add(new TextBlock("What it asks of marketing", TextStyle.Heading));
            blocks.Add(new FactsBlock(Facts(child, c.Baseline is null ? null : "average of recent quarters", currency)));
            blocks.Add(new TextBlock(c.Arithmetic, TextStyle.Subtle));
            text.Add($"Translated for marketing: **{child.Title(currency)}**. {c.Arithmetic}");
            if (c.Feasibility is { } f)
            {
                blocks.Add(new TextBlock(f, c.SuggestedTarget is null ? TextStyle.Normal : TextStyle.Warning));
                text.Add(f);
            }
        }

        var actions = new List<CardAction>
        {
            new(child is null ? "Confirm" : "Confirm both", Verbs.ConfirmGoal, null, ActionStyle.Primary),
            new("Change", Verbs.ChangeGoal),
        };
        if (child is not null)
        {
            // The translation is a proposal to marketing, not a condition: the company goal can be saved on its own.
            actions.Insert(1, new CardAction($"{goal.Definition.Label} goal only", Verbs.ConfirmGoalOnly));
        }

        var suggested = draft.SuggestedTarget ?? draft.Child?.SuggestedTarget;
        if (suggested is { } s)
        {
            var metric = draft.Child?.SuggestedTarget is not null ? MetricKey.Mql : goal.Metric;
            actions.Insert(1, new CardAction($"Use {MetricFormat.Value(metric, s, currency)} instead", Verbs.UseSuggestedTarget));
        }

        text.Add("Confirm to save it, or change something first.");
        return new OutgoingMessage(string.Join("\n\n", text), new Card("New goal: please confirm", blocks, actions, $"goal:{draft.GoalId:N}"));
    }

    /// <summary>Replaces the summary once saved, so its buttons cannot be pressed twice.</summary>
    public static OutgoingMessage Saved(IReadOnlyList<Goal> goals, string currency)
    {
        var blocks = goals.Select(g => (CardBlock)new TextBlock("✓ " + g.Title(currency) + $" (owner: {g.OwnerName})", TextStyle.Good)).ToList();
        blocks.Add(new TextBlock(goals.All(g => g.Metric == Domain.Metrics.MetricKey.Overlap)
            ? "It is on the scorecard now. Its figure is the overlap of the imported account lists; import them again to update it."
            : "It is on the scorecard now. Report progress with a check-in such as \"MQLs this week: 42\".", TextStyle.Subtle));
        return new OutgoingMessage(string.Join("\n", goals.Select(g => "✓ Saved: " + g.Title(currency))), new Card("Goal saved", blocks, null, $"goal:{goals[0].Id.Value:N}"));
    }

    /// <summary>The message that follows the replaced card: what was saved and what to do next, without repeating the card.</summary>
    public static OutgoingMessage SavedNote(IReadOnlyList<Goal> goals, string currency)
        => new($"Saved {(goals.Count == 1 ? "the goal" : $"{goals.Count} goals")}: {string.Join("; ", goals.Select(g => g.Title(currency)))}. " +
               (goals[^1].Metric == Domain.Metrics.MetricKey.Overlap
                   ? "It's on the scorecard now, at the overlap of the imported account lists; import them again to update it."
                   : $"It's on the scorecard now; check in progress with something like \"{goals[^1].Definition.Plural} this week: 42\"."));

    /// <summary>A bound today's level already keeps shows where it is today and that it is a ceiling (or floor) to keep.</summary>
    private static IReadOnlyList<Fact> Kept(IReadOnlyList<Fact> facts, Goal goal, GoalDraft draft, string currency)
    {
        if (!draft.Keep || draft.Baseline is not { } today)
        {
            return facts;
        }

        var bound = goal.Direction == Direction.Decrease ? "under the target: a ceiling to keep" : "at or above the target: a floor to keep";
        return facts.Select(f => f.Label == "Baseline" ? new Fact("Today", $"{MetricFormat.Value(goal.Metric, today, goal.CurrencyOr(currency))}, already {bound}") : f).ToArray();
    }

    public static IReadOnlyList<Fact> Facts(Goal goal, string? baselineSource, string currency)
    {
        var per = goal.IsRate ? $" per {Periods.Noun(goal.Per!.Value)}" : string.Empty;
        var facts = new List<Fact>
        {
            new("Metric", goal.Definition.Label),
            new("Target", MetricFormat.Value(goal.Metric, goal.Target, goal.CurrencyOr(currency)) + per + (goal.Per is null && goal.Definition.IsFlow ? " in total" : string.Empty)),
            new("Baseline", goal.Baseline is { } b ? MetricFormat.Value(goal.Metric, b, goal.CurrencyOr(currency)) + per + (baselineSource is null ? string.Empty : $" ({baselineSource})") : "not known"),
            new("Direction", goal.Direction == Direction.Increase ? "increase" : "decrease"),
            new("Deadline", Formatting.Date(goal.Deadline)),
            new("Owner", goal.OwnerName),
            new("Audience", goal.Audience.ToString().ToLowerInvariant()),
        };
        if (!string.IsNullOrWhiteSpace(goal.AskedAs))
        {
            facts.Add(new Fact("Asked as", $"\"{goal.AskedAs}\""));
        }

        return facts;
    }
}
