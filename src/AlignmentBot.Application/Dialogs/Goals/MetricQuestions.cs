using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Metrics;

namespace AlignmentBot.Application.Dialogs.Goals;

/// <summary>How the goal dialog asks about each metric, with examples in the metric's own unit.</summary>
public static class MetricQuestions
{
    public static IReadOnlyList<PromptChoice> MetricChoices { get; } =
    [
        new("MQLs", "mql", ["marketing qualified leads", "qualified leads"]),
        new("Leads", "leads", ["inquiries", "raw leads"]),
        new("SQLs", "sql", ["sales qualified leads"]),
        new("Opportunities", "opportunities", ["opps"]),
        new("Pipeline", "pipeline"),
        new("Revenue", "revenue", ["bookings", "arr"]),
        new("Cost per lead", "cost_per_lead", ["cpl"]),
        new("Lead follow-up time", "follow_up_time", ["follow up", "response time"]),
        new("Lead acceptance rate", "acceptance_rate", ["acceptance"]),
        new("Win rate", "win_rate"),
        new("Customer retention", "retention", ["churn"]),
        new("Sales cycle", "sales_cycle"),
    ];

    public static IReadOnlyList<PromptChoice> PeriodChoices { get; } =
    [
        new("Per week", "week", ["weekly", "a week"]),
        new("Per month", "month", ["monthly", "a month"]),
        new("Per quarter", "quarter", ["quarterly", "a quarter"]),
        new("In total by the deadline", "total", ["total", "in total", "cumulative", "by the deadline"]),
    ];

    public static string TargetQuestion(MetricKey metric, string currency)
    {
        var d = MetricCatalog.Get(metric);
        return d.Unit switch
        {
            MetricUnit.Count => $"What should the target for {d.Plural} be? For example \"200 a month\" or \"2,000 by June\".",
            MetricUnit.Money when d.IsFlow => $"What should the target for {d.Label.ToLowerInvariant()} be? For example \"{Formatting.Money(500_000, currency)} a quarter\" or \"grow it 10%\".",
            MetricUnit.Money => $"What should {d.Label.ToLowerInvariant()} come down (or up) to? For example \"{Formatting.Money(90, currency)}\".",
            MetricUnit.Percent => $"What percentage should {d.Label.ToLowerInvariant()} reach? For example \"85%\".",
            MetricUnit.Hours => $"How many hours at most should {d.Label.ToLowerInvariant()} be? For example \"24\".",
            _ => $"How many days should {d.Label.ToLowerInvariant()} be? For example \"45\".",
        };
    }

    public static string BaselineQuestion(MetricKey metric, string? period)
    {
        var d = MetricCatalog.Get(metric);
        var per = d.IsFlow && period is not null and not "total" ? $" per {period}" : string.Empty;
        return $"Where is {d.Label.ToLowerInvariant()} today{per}? I use it to check the target moves the right way.";
    }

    public static IReadOnlyList<PromptChoice> DeadlineChoices(DateOnly today)
    {
        var quarterEnd = Periods.Containing(today, PeriodKind.Quarter).End;
        var nextQuarterEnd = Periods.Containing(quarterEnd.AddDays(1), PeriodKind.Quarter).End;
        var yearEnd = new DateOnly(today.Year, 12, 31);
        var choices = new List<PromptChoice>();
        if (quarterEnd.DayNumber - today.DayNumber >= 30)
        {
            choices.Add(new PromptChoice($"End of this quarter ({Formatting.Date(quarterEnd)})", Iso(quarterEnd)));
        }

        choices.Add(new PromptChoice($"End of next quarter ({Formatting.Date(nextQuarterEnd)})", Iso(nextQuarterEnd)));
        choices.Add(yearEnd.DayNumber - today.DayNumber >= 60
            ? new PromptChoice($"End of the year ({Formatting.Date(yearEnd)})", Iso(yearEnd))
            : new PromptChoice($"End of next year ({Formatting.Date(yearEnd.AddYears(1))})", Iso(yearEnd.AddYears(1))));
        return choices;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
