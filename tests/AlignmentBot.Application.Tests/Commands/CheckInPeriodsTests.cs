using AlignmentBot.Application.Commands;
using AlignmentBot.Conversations.Understanding;
using AlignmentBot.Domain.Metrics;

namespace AlignmentBot.Application.Tests.Commands;

/// <summary>One metric with a number for each of two periods in one message: each number for the period said nearest it.</summary>
public sealed class CheckInPeriodsTests
{
    private static readonly DateMention LastWeek = new("last week", new TextSpan(0, 0), null, new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 22), false);
    private static readonly DateMention ThisWeek = new("this week", new TextSpan(0, 0), null, new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29), false);

    [Theory]
    [InlineData("SQLs for last week were 22, and 9 so far this week", 22, 9)]
    [InlineData("MQLs 40 last week and 12 this week", 40, 12)]
    [InlineData("this week 12 MQLs, last week 40", 40, 12)]
    [InlineData("mqls: last week 47, this week 15", 47, 15)]
    [InlineData("MQLs - 31 last week & 8 so far this week", 31, 8)]
    // A slash between the two, as in a spreadsheet cell (set 9, checkins-f02): "49 last wk / 17 so far this wk".
    [InlineData("mqls: 49 last week / 17 so far this week", 49, 17)]
    [InlineData("MQLs 44 last week | 19 this week", 44, 19)]
    // No separator at all: the n-th number is for the n-th period said, whichever comes first.
    [InlineData("MQLs last week 40 this week 12", 40, 12)]
    [InlineData("MQLs 38 last week 11 this week", 38, 11)]
    public void ByPeriod_EachNumberTakesThePeriodNearestIt(string text, int lastWeek, int thisWeek)
    {
        var entities = Read(text, lastWeek, thisWeek);

        var entries = CheckInCommand.ByPeriod(text, entities, [(MetricKey.Mql, lastWeek)]);

        Assert.NotNull(entries);
        Assert.Contains(entries, e => e.Value == lastWeek && e.Period.Start == LastWeek.RangeStart);
        Assert.Contains(entries, e => e.Value == thisWeek && e.Period.Start == ThisWeek.RangeStart);
    }

    [Fact]
    public void ByPeriod_OnePeriod_IsNotSplit()
    {
        var text = "45 MQLs, 18 SQLs this week";
        var entities = new Entities(Numbers: [Number(text, "45"), Number(text, "18")], Dates: [At(text, ThisWeek)]);

        Assert.Null(CheckInCommand.ByPeriod(text, entities, [(MetricKey.Mql, 45), (MetricKey.Sql, 18)]));
    }

    [Theory]
    [InlineData("quick numbers for ya: MQLs last week 53, this week 12 so far, and SQLs last week were 21")]
    [InlineData("MQLs last week 53 and 12 this week; SQLs were 21 last week")]
    public void ByPeriod_SeveralMetrics_EachNumberTakesTheMetricAndPeriodOfItsClause(string text)
    {
        var entities = new Entities(Numbers: [Number(text, "53"), Number(text, "12"), Number(text, "21")],
            Dates: Mentions(text).ToArray());

        var entries = CheckInCommand.ByPeriod(text, entities, [(MetricKey.Mql, 53), (MetricKey.Sql, 12)]);

        Assert.NotNull(entries);
        Assert.Equal(3, entries.Count);
        Assert.Contains(entries, e => e is { Metric: MetricKey.Mql, Value: 53 } && e.Period.Start == LastWeek.RangeStart);
        Assert.Contains(entries, e => e is { Metric: MetricKey.Mql, Value: 12 } && e.Period.Start == ThisWeek.RangeStart);
        Assert.Contains(entries, e => e is { Metric: MetricKey.Sql, Value: 21 } && e.Period.Start == LastWeek.RangeStart);
    }

    // Every "last week" and "this week" said, each where it stands.
    private static IEnumerable<DateMention> Mentions(string text)
        => new[] { LastWeek, ThisWeek }.SelectMany(range => System.Text.RegularExpressions.Regex.Matches(text, range.Text)
            .Select(m => range with { Span = new TextSpan(m.Index, m.Length) }));

    private static Entities Read(string text, int lastWeek, int thisWeek)
        => new(Numbers: [Number(text, lastWeek.ToString(System.Globalization.CultureInfo.InvariantCulture)), Number(text, thisWeek.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            Dates: [At(text, LastWeek), At(text, ThisWeek)]);

    private static NumberMention Number(string text, string digits)
        => new(decimal.Parse(digits, System.Globalization.CultureInfo.InvariantCulture), new TextSpan(text.IndexOf(digits, StringComparison.Ordinal), digits.Length), digits);

    private static DateMention At(string text, DateMention range)
        => range with { Span = new TextSpan(text.IndexOf(range.Text, StringComparison.Ordinal), range.Text.Length) };
}
