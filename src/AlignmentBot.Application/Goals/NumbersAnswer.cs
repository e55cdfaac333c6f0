using AlignmentBot.Application.Dialogs;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Understanding;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Funnel;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;

namespace AlignmentBot.Application.Goals;

/// <summary>
/// "Let me run the numbers": a revenue target is walked back through the funnel to MQLs; a count target is
/// held against what the run-rate has produced. Null when the sentence holds nothing to compute.
/// </summary>
public static class NumbersAnswer
{
    public static OutgoingMessage? Build(Entities e, IReadOnlyList<Measurement> history, DateOnly today, string currency)
    {
        var metrics = e.MetricList.Select(m => MetricCatalog.TryParse(m, out var k) ? k : (MetricKey?)null).Where(k => k is not null).Select(k => k!.Value).ToArray();
        var revenueTalk = metrics.Contains(MetricKey.Revenue) || metrics.Length == 0 || e.Money is not null;
        var amount = e.Money?.Amount ?? (metrics.Contains(MetricKey.Revenue) && e.Target is { } t && t >= 10_000 ? t : null);
        if (amount is { } revenue && revenueTalk)
        {
            var per = Periods.TryParse(e.Period, out var p) ? p : PeriodKind.Year;
            var perYear = revenue * Periods.PerYear(per);
            // The currency said ("€3M") stays the answer's currency throughout; otherwise the workspace's.
            currency = e.Money?.Currency ?? currency;
            var child = GoalPlanner.TranslateRevenue(perYear, history, today, currency, out var problem);
            if (child is null)
            {
                return new OutgoingMessage($"I can't run these numbers: {problem}");
            }

            var text = $"{Formatting.Money(revenue, currency)} of revenue a {Periods.Noun(per)} works back to this: {child.Arithmetic}\n{child.Feasibility}";
            return Card("Running the numbers", text, [new Fact("Revenue target", $"{Formatting.Money(revenue, currency)} a {Periods.Noun(per)}"), new Fact("MQLs needed", $"{child.Target} a quarter")],
                "mql", child.SuggestedTarget ?? child.Target, "quarter", child.SuggestedTarget);
        }

        var metric = metrics.FirstOrDefault(k => MetricCatalog.Get(k).IsFlow);
        if (metrics.Length == 0 || !MetricCatalog.Get(metric).IsFlow)
        {
            return null;
        }

        var period = Periods.TryParse(e.Period, out var kind) ? kind : PeriodKind.Month;
        var runRate = GoalPlanner.RunRate(metric, period, history, today, out _);
        decimal? required = e.Target ?? e.Money?.Amount;
        if (required is null && e.Percent is { } growth && runRate.HasData)
        {
            required = Math.Round(runRate.Average * (1 + (growth / 100m)), 0);
        }

        if (required is not { } target)
        {
            return null;
        }

        var definition = MetricCatalog.Get(metric);
        var assessment = FeasibilityCheck.Assess(target, runRate, definition.Plural, period);
        var facts = new List<Fact> { new("Asked", $"{MetricFormat.Value(metric, target, currency)} {definition.Plural} a {Periods.Noun(period)}") };
        if (runRate.HasData)
        {
            facts.Add(new Fact("Your average", $"{MetricFormat.Value(metric, runRate.Average, currency)} a {Periods.Noun(period)}"));
            facts.Add(new Fact("Your best", $"{MetricFormat.Value(metric, runRate.Best, currency)} a {Periods.Noun(period)}"));
            if (assessment.RatioToBest is { } ratio)
            {
                facts.Add(new Fact("Needs", $"{Formatting.Ratio(ratio)} your best {Periods.Noun(period)}"));
            }
        }

        facts.Add(new Fact("Verdict", assessment.Verdict.ToString().ToLowerInvariant()));
        return Card("Running the numbers", assessment.Explanation, facts, MetricCatalog.NameOf(metric), assessment.SuggestedTarget ?? target, Periods.Noun(period), assessment.SuggestedTarget);
    }

    private static OutgoingMessage Card(string title, string text, IReadOnlyList<Fact> facts, string metric, decimal goalTarget, string period, decimal? suggested)
    {
        var data = new Dictionary<string, string>
        {
            ["metric"] = metric,
            ["target"] = goalTarget.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["period"] = period,
        };
        var label = suggested is null ? "Make it a goal" : $"Set a goal of {Formatting.Number(goalTarget)} a {period}";
        return new OutgoingMessage(text, new Card(title, [new TextBlock(text), new FactsBlock(facts)], [new CardAction(label, Verbs.GoalFromNumbers, data, ActionStyle.Primary)], "numbers"));
    }
}
