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
public static partial class NumbersAnswer
{
    public static OutgoingMessage? Build(Entities e, IReadOnlyList<Measurement> history, DateOnly today, string currency, string? text = null)
    {
        var metrics = e.MetricList.Select(m => MetricCatalog.TryParse(m, out var k) ? k : (MetricKey?)null).Where(k => k is not null).Select(k => k!.Value).ToArray();
        var revenueTalk = metrics.Contains(MetricKey.Revenue) || metrics.Length == 0 || e.Money is not null;
        var amount = e.Money?.Amount ?? (metrics.Contains(MetricKey.Revenue) && e.Target is { } t && t >= 10_000 ? t : null);
        string? lead = null;

        // "How many MQLs for 30 deals a quarter?": deals are revenue at the average deal size, walked back the same way.
        var deals = text is null ? null : DealsCount().Match(text) is { Success: true } d && decimal.TryParse(d.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : (decimal?)null;

        // "Could we realistically close 25 deals a month?" asks about deals won themselves: held against their own run-rate,
        // and the goal it offers is 25 deals, not the MQLs behind them.
        if (deals is { } closing && e.Money is null && RealismQuestion.Count(text) == closing)
        {
            deals = null;
            metrics = [MetricKey.DealsWon];
            e = e with { Target = closing };
        }
        if (amount is null && deals is { } wanted)
        {
            var per = Periods.TryParse(e.Period, out var dp) ? dp : PeriodKind.Quarter;
            var (rates, _) = GoalPlanner.Rates(history, today);
            amount = wanted * rates.AverageDealSize;
            revenueTalk = true;
            lead = $"{Formatting.Number(wanted)} deals a {Periods.Noun(per)} at your average deal size is {Formatting.Money(amount.Value, currency)} of revenue a {Periods.Noun(per)}; that";
        }

        // "What would 10% more revenue mean for marketing?": the growth on today's revenue, walked back to MQLs like a company goal.
        if (amount is null && metrics.Contains(MetricKey.Revenue) && e.Percent is { } more && more > 0 && e.Direction != "decrease")
        {
            var yearly = GoalPlanner.RunRate(MetricKey.Revenue, PeriodKind.Year, history, today, out var basis);
            if (yearly.HasData)
            {
                amount = Math.Round(yearly.Average * (1 + (more / 100m)), 0);
                lead = $"{Formatting.Percent(more)} more revenue is {Formatting.Money(amount.Value, currency)} a year (from {Formatting.Money(Math.Round(yearly.Average, 0), currency)}, {basis}); that";
                e = e with { Period = "year" };
            }
        }

        if (amount is { } revenue && revenueTalk)
        {
            var per = Periods.TryParse(e.Period, out var p) ? p : deals is null ? PeriodKind.Year : PeriodKind.Quarter;
            var perYear = revenue * Periods.PerYear(per);
            // The currency said ("€3M") stays the answer's currency throughout; otherwise the workspace's.
            currency = e.Money?.Currency ?? currency;
            var child = GoalPlanner.TranslateRevenue(perYear, history, today, currency, out var problem);
            if (child is null)
            {
                return new OutgoingMessage($"I can't run these numbers: {problem}");
            }

            var body = (lead ?? $"{Formatting.Money(revenue, currency)} of revenue a {Periods.Noun(per)}") + $" works back to this: {child.Arithmetic}\n{child.Feasibility}";
            var message = Card("Running the numbers", body, [new Fact("Revenue target", $"{Formatting.Money(revenue, currency)} a {Periods.Noun(per)}"), new Fact("MQLs needed", $"{child.Target} a quarter")],
                "mql", child.SuggestedTarget ?? child.Target, "quarter", child.SuggestedTarget);
            if (deals is not null || string.IsNullOrWhiteSpace(text) || message.Card is not { } card)
            {
                return message;
            }

            // The revenue target itself, as asked ("$5M next year", "10% more revenue"), is the first way to make it a goal:
            // the goal dialog reads the question as it reads any sentence, deadline and currency included.
            var asked = new CardAction($"Make it a goal: {Formatting.Money(revenue, currency)} revenue a {Periods.Noun(per)}", Verbs.GoalFromNumbers,
                new Dictionary<string, string> { ["asked"] = text }, ActionStyle.Primary);
            return message with { Card = card with { Actions = [asked, .. card.ActionList.Select(a => a with { Title = a.Title.Replace(" a quarter", " MQLs a quarter", StringComparison.Ordinal).Replace("Make it a goal", "Make MQLs the goal", StringComparison.Ordinal), Style = ActionStyle.Default })] } };
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
        return Card("Running the numbers", assessment.Explanation, facts, MetricCatalog.NameOf(metric), assessment.SuggestedTarget ?? target, Periods.Noun(period), assessment.SuggestedTarget, asked: target, deadline: e.Deadline);
    }

    /// <param name="asked">
    /// The target the question asked about. When the numbers suggest another, the asked one is offered first ("Make it a
    /// goal: 250 a month"; the goal dialog challenges it again) and the suggestion second, as for a revenue question.
    /// </param>
    /// <param name="deadline">
    /// The day the question named ("250 MQLs a month by March, realistic?"): the goal made from the answer keeps it, so the
    /// figure and its date are not asked again.
    /// </param>
    private static OutgoingMessage Card(string title, string text, IReadOnlyList<Fact> facts, string metric, decimal goalTarget, string period, decimal? suggested, decimal? asked = null, DateOnly? deadline = null)
    {
        CardAction Offer(string label, decimal target, ActionStyle style)
        {
            var data = new Dictionary<string, string>
            {
                ["metric"] = metric,
                ["target"] = target.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["period"] = period,
            };
            if (deadline is { } due)
            {
                data["deadline"] = due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            }

            return new(label, Verbs.GoalFromNumbers, data, style);
        }

        // The button says the figure it makes the goal ("Make it a goal: 18 a quarter"), so "make the 18 the goal" finds it.
        var label = suggested is null ? $"Make it a goal: {Formatting.Number(goalTarget)} a {period}" : $"Set a goal of {Formatting.Number(goalTarget)} a {period}";
        CardAction[] actions = asked is { } a && suggested is { } s && s != a
            ? [Offer($"Make it a goal: {Formatting.Number(a)} a {period}", a, ActionStyle.Primary), Offer(label, goalTarget, ActionStyle.Default)]
            : [Offer(label, goalTarget, ActionStyle.Primary)];
        return new OutgoingMessage(text, new Card(title, [new TextBlock(text), new FactsBlock(facts)], actions, "numbers"));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?<n>\d[\d,]*)\s+(?:new\s+|more\s+|closed\s+)?(?:deals|customers|wins|logos)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DealsCount();
}
