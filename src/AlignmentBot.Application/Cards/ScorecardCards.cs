using AlignmentBot.Application.Dialogs;
using AlignmentBot.Application.Scorecards;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Scorecards;

namespace AlignmentBot.Application.Cards;

public static class ScorecardCards
{
    public static OutgoingMessage Scorecard(ScorecardView view)
    {
        var scorecard = view.Scorecard;
        if (scorecard.Lines.Count == 0)
        {
            return NoGoals();
        }

        var rows = scorecard.Lines.Select(l => new TableRow(
        [
            (l.Goal.ParentId is null ? string.Empty : "↳ ") + l.Goal.Definition.Label,
            l.Current is { } c ? MetricFormat.Value(l.Goal.Metric, c, l.Goal.CurrencyOr(view.Currency)) + Per(l) : "–",
            MetricFormat.Value(l.Goal.Metric, l.Goal.Target, l.Goal.CurrencyOr(view.Currency)) + Per(l),
            PaceLabels.Text(l.Pace) + (l.IsStale ? " (stale)" : string.Empty),
            PaceLabels.Trend(l.Trend),
        ], Tone(l.Pace))).ToArray();
        var blocks = new List<CardBlock>
        {
            new TextBlock(PaceLabels.Verdict(scorecard.Verdict), scorecard.Verdict switch
            {
                Verdict.Working => TextStyle.Good,
                Verdict.NotWorking => TextStyle.Attention,
                _ => TextStyle.Warning,
            }),
            new TextBlock(scorecard.Headline, TextStyle.Subtle),
            new TableBlock(["Goal", "Now", "Target", "Pace", "Trend"], rows),
        };
        var stale = scorecard.WithoutFreshData;
        if (stale.Count > 0)
        {
            blocks.Add(new TextBlock("Needs fresh data: " + string.Join("; ", stale.Select(l => $"{l.Goal.Definition.Label} ({(l.AsOf is { } d ? "last " + Formatting.Date(d) : "never reported")})")), TextStyle.Warning));
        }

        var text = $"**Is marketing working?** {PaceLabels.Verdict(scorecard.Verdict)}\n{scorecard.Headline}\n" +
                   string.Join("\n", scorecard.Lines.Select(l => $"• {l.Goal.Definition.Label}: {(l.Current is { } c ? MetricFormat.Value(l.Goal.Metric, c, l.Goal.CurrencyOr(view.Currency)) + Per(l) : "no data")} vs {MetricFormat.Value(l.Goal.Metric, l.Goal.Target, l.Goal.CurrencyOr(view.Currency))}{Per(l)}: {PaceLabels.Text(l.Pace)}"));
        return new OutgoingMessage(text, new Card($"Scorecard, as of {Formatting.Date(scorecard.AsOf)}", blocks,
            [new CardAction("Define another goal", Verbs.StartGoal)], "scorecard"));
    }

    /// <summary>"Is marketing working?" when nothing measurable was agreed: say so plainly and offer to fix it now.</summary>
    public static OutgoingMessage NoGoals()
    {
        const string text = "Honestly, I can't tell yet: nobody has agreed what marketing should achieve, so there is nothing to measure it against. " +
                            "Let's define the first goal now. What should marketing deliver? For example \"200 MQLs a month\", \"grow revenue 10% next year\" or \"cost per lead down to $90\".";
        return new OutgoingMessage(text, new Card("No measurable goals yet", [new TextBlock(text)],
            [new CardAction("Define our first goal", Verbs.StartGoal, null, ActionStyle.Primary)], "scorecard"));
    }

    private static string Per(GoalProgress line) => line.Goal.IsRate ? "/" + Periods.Noun(line.Goal.Per!.Value)[..1] : string.Empty;

    private static Tone Tone(Pace pace) => pace switch
    {
        Pace.OnTrack or Pace.Achieved => Conversations.Cards.Tone.Good,
        Pace.AtRisk => Conversations.Cards.Tone.Warning,
        Pace.OffTrack or Pace.Missed => Conversations.Cards.Tone.Attention,
        _ => Conversations.Cards.Tone.Default,
    };
}
