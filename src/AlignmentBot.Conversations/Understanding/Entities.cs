namespace AlignmentBot.Conversations.Understanding;

/// <summary>
/// What was found in an utterance. The first seven are the public contract of the `understand` command
/// (docs/contracts.md); the rest help dialogs fill several slots from one sentence.
/// </summary>
/// <param name="Metric">A metric key such as "mql" or "cost_per_lead".</param>
/// <param name="Target">The main plain number (not part of a percentage, an amount, a date or an id).</param>
/// <param name="Percent">10 for "10%".</param>
/// <param name="Period">"week", "month", "quarter" or "year", from "per month", "monthly", "this week".</param>
/// <param name="Deadline">The day something is due.</param>
/// <param name="Direction">"increase" or "decrease".</param>
/// <param name="Baseline">The first number of "from 120 to 90".</param>
public sealed record Entities(
    string? Metric = null,
    decimal? Target = null,
    decimal? Percent = null,
    MoneyValue? Money = null,
    string? Period = null,
    DateOnly? Deadline = null,
    string? Direction = null,
    decimal? Baseline = null,
    IReadOnlyList<NumberMention>? Numbers = null,
    IReadOnlyList<MoneyValue>? Amounts = null,
    IReadOnlyList<DateMention>? Dates = null,
    IReadOnlyList<string>? Metrics = null,
    string? Reference = null)
{
    public static Entities None { get; } = new();

    public IReadOnlyList<NumberMention> NumberList => Numbers ?? [];

    public IReadOnlyList<MoneyValue> AmountList => Amounts ?? [];

    public IReadOnlyList<DateMention> DateList => Dates ?? [];

    public IReadOnlyList<string> MetricList => Metrics ?? (Metric is null ? [] : [Metric]);

    /// <summary>The range of days a reported number covers ("last week"), if the sentence named one.</summary>
    public DateMention? ReportedRange => DateList.FirstOrDefault(d => d.RangeStart is not null);
}
