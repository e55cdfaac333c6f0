namespace AlignmentBot.Conversations.Tests.Understanding;

/// <summary>The reading rules for deadlines, periods and numbers, as of Monday 23 Nov 2026.</summary>
public sealed class EntityExtractorTests
{
    [Theory]
    [InlineData("by end of Q3", "2027-09-30")]
    [InlineData("in Q4", "2026-12-31")]
    [InlineData("by Q2", "2027-06-30")]
    [InlineData("grow revenue 10% next year", "2027-12-31")]
    [InlineData("by the end of the year", "2026-12-31")]
    [InlineData("by year-end", "2026-12-31")]
    [InlineData("by June", "2027-06-30")]
    [InlineData("by December", "2026-12-31")]
    [InlineData("by March 2027", "2027-03-31")]
    [InlineData("by June 15th", "2027-06-15")]
    [InlineData("within 90 days", "2027-02-21")]
    [InlineData("in 6 months", "2027-05-23")]
    [InlineData("by the end of next quarter", "2027-03-31")]
    [InlineData("next month", "2026-12-31")]
    [InlineData("by Friday", "2026-11-27")]
    [InlineData("due next Friday", "2026-12-04")]
    [InlineData("at least 200 MQLs a month through next year", "2027-12-31")]
    [InlineData("grwo revnue 10% nxt year", "2027-12-31")]
    [InlineData("by the end of nxt qtr", "2027-03-31")]
    // The year said right after the part of a month (set 7, conv15): "end of june" alone is the next June.
    [InlineData("push the retention goal out to end of june 2028", "2028-06-30")]
    [InlineData("by the end of march 2028", "2028-03-31")]
    [InlineData("end of feb 2028", "2028-02-29")]
    [InlineData("late march, 2028", "2028-03-31")]
    [InlineData("by end of june", "2027-06-30")]
    // A named quarter after "through"/"until", or "EOQ2": due when it ends, not when it starts (set 8, conv20).
    [InlineData("Marco should own an MQL target of 250 a month through Q2 2027", "2027-06-30")]
    [InlineData("250 MQLs a month thru Q3", "2027-09-30")]
    [InlineData("sqls -> 95/mo by EOQ2", "2027-06-30")]
    [InlineData("keep CPL under $80 until the end of Q4 2027", "2027-12-31")]
    public void Deadline_CommonPhrasing_ResolvesToTheNextFutureDueDay(string text, string expected)
        => Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), SharedExtractor.Read(text).Deadline);

    [Theory]
    [InlineData("every Monday at 9")]
    [InlineData("move our digest to Friday 4pm")]
    [InlineData("what's for lunch today")]
    [InlineData("MQLs this week: 42")]
    [InlineData("follow up within 24 hours")]
    [InlineData("MQLz this wk: 40")]
    public void Deadline_SchedulesTodayAndReportedPeriods_AreNotDeadlines(string text)
        => Assert.Null(SharedExtractor.Read(text).Deadline);

    [Theory]
    [InlineData("150 MQLs a month", "month")]
    [InlineData("12 SQLs per week", "week")]
    [InlineData("quarterly pipeline report", "quarter")]
    [InlineData("leads this week 210", "week")]
    [InlineData("this weeks numbers: 220 leads", "week")]
    [InlineData("revenue $2M by the end of this quarter", null)]
    [InlineData("in a month", null)]
    public void Period_RateAndReportingPhrases_AreRead(string text, string? expected)
        => Assert.Equal(expected, SharedExtractor.Read(text).Period);

    // "at two" reads as 2 o'clock to the date model; the number it cuts into counts something (set 8, conv18).
    [Theory]
    [InlineData("we oughta be at two hundred and thirty MQLs a month by the end of june", 230)]
    [InlineData("i want us sitting at three hundred and fifty leads a month by september", 350)]
    [InlineData("let's aim at four hundred MQLs per quarter", 400)]
    public void Numbers_InWordsAfterAt_AreATargetNotATime(string text, int target)
        => Assert.Equal(target, SharedExtractor.Read(text).Target);

    [Theory]
    [InlineData("we need 1505 MQLs a month", 1505)]
    [InlineData("get to 2030 leads by Q3", 2030)]
    [InlineData("1999 leads this quarter", 1999)]
    [InlineData("hit 2500 accounts reached per quarter", 2500)]
    public void Numbers_FourDigitsCountingSomething_AreATargetNotAYear(string text, int target)
    {
        var e = SharedExtractor.Read(text);

        Assert.Equal(target, e.Target);
        Assert.DoesNotContain(e.Dates ?? [], d => d.Deadline?.Year == target);
    }

    [Theory]
    [InlineData("double pipeline by 2028", "2028-12-31")]
    [InlineData("150 MQLs a month by 2027", "2027-12-31")]
    public void Deadline_AYearThatCountsNothing_IsStillAYear(string text, string expected)
        => Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), SharedExtractor.Read(text).Deadline);

    [Fact]
    public void Numbers_RelativeWeekFollowedByANumber_IsNotReadAsIsoWeek()
    {
        var e = SharedExtractor.Read("this week 47 MQLs and 200 leads");

        Assert.Equal(47m, e.Target);
        Assert.Equal(new DateOnly(2026, 11, 23), e.ReportedRange!.RangeStart);
    }

    [Fact]
    public void Numbers_ARateSetStretchedOverTheNumber_KeepsTheNumber()
        => Assert.Equal(5000m, SharedExtractor.Read("lets get to 5,000 accounts reached each month").Target);

    [Theory]
    [InlineData("the 4-8% benchmark")]
    [InlineData("bad lead: duplicate of one we already had")]
    [InlineData("reject lead 4512, no budget")]
    [InlineData("due 12/10")]
    public void Numbers_RangesPronounsIdsAndDates_AreNotTargets(string text)
        => Assert.Null(SharedExtractor.Read(text).Target);

    [Fact]
    public void Numbers_OneFollowedByAUnit_IsANumber()
        => Assert.Equal(1m, SharedExtractor.Read("within one business day").Target);

    [Fact]
    public void Numbers_DashBeforeANumber_IsNotAMinusSign()
        => Assert.Equal(150m, SharedExtractor.Read("new SLA proposal - 150 MQLs per month").Target);

    [Fact]
    public void FromTo_Money_GivesBaselineTargetAndDirection()
    {
        var e = SharedExtractor.Read("cut our cost per lead from $120 to $90");

        Assert.Equal((120m, 90m, "USD", "decrease"), (e.Baseline!.Value, e.Money!.Amount, e.Money.Currency, e.Direction));
    }

    [Fact]
    public void FromTo_Percentages_TheSecondIsTheTarget()
    {
        var e = SharedExtractor.Read("grow retention from 88% to 92%");

        Assert.Equal((88m, 92m), (e.Baseline!.Value, e.Percent!.Value));
    }

    [Fact]
    public void Multiplier_Double_IsAHundredPercentIncrease()
    {
        var e = SharedExtractor.Read("double our MQLs");

        Assert.Equal((100m, "increase", (decimal?)null), (e.Percent!.Value, e.Direction, e.Target));
    }

    [Fact]
    public void InvertedMetric_ReduceChurn_IsIncreaseRetention()
        => Assert.Equal(("retention", "increase"), (SharedExtractor.Read("reduce churn to 5%").Metric, SharedExtractor.Read("reduce churn to 5%").Direction));

    [Theory]
    [InlineData("€12.5M", "EUR", 12_500_000)]
    [InlineData("£1,200", "GBP", 1_200)]
    [InlineData("$400k", "USD", 400_000)]
    public void Money_Currencies_AreResolved(string text, string currency, decimal amount)
        => Assert.Equal((amount, currency), (SharedExtractor.Read("revenue " + text).Money!.Amount, SharedExtractor.Read("revenue " + text).Money!.Currency));

    [Theory]
    [InlineData("a LinkedIn ads push, five grand in euros, due end of month", "EUR", 5_000)]
    [InlineData("an email series, three grand in pounds sterling", "GBP", 3_000)]
    [InlineData("a booth, 2 grand eur", "EUR", 2_000)]
    // No currency said: none is invented; the workspace's applies where the amount is kept.
    [InlineData("a booth, about five grand", null, 5_000)]
    public void Money_GrandWithTheCurrencySaidAfter_IsInThatCurrency(string text, string? currency, decimal amount)
        => Assert.Equal((amount, currency), (SharedExtractor.Read(text).Money!.Amount, SharedExtractor.Read(text).Money!.Currency));

    [Theory]
    [InlineData("grow revenue to $1M a quarter", 1_000_000, "quarter")]
    [InlineData("revenue to $1.5 million a quarter by the end of next year", 1_500_000, "quarter")]
    [InlineData("grow revenue to €2m a quarter", 2_000_000, "quarter")]
    public void Money_SaidAQuarter_IsTheAmountPerQuarter(string text, decimal amount, string period)
    {
        var e = SharedExtractor.Read(text);

        Assert.Equal((amount, period, (decimal?)null), (e.Money!.Amount, e.Period, e.Target));
    }

    [Fact]
    public void Count_SaidAQuarter_IsNotAFraction()
        => Assert.Equal((700m, "quarter"), (SharedExtractor.Read("we need 700 MQLs a quarter by end of Q3").Target!.Value, SharedExtractor.Read("we need 700 MQLs a quarter by end of Q3").Period));

    [Fact]
    public void Lexicon_OneTypo_InALongWordIsForgiven()
    {
        Assert.Equal("revenue", SharedExtractor.Read("grow reveneu next year").Metric);
        Assert.Equal("pipeline", SharedExtractor.Read("more pipline").Metric);
        Assert.Null(SharedExtractor.Read("what did marketing commit to deliver each month").Metric);
    }

    [Fact]
    public void Direction_WithoutAMetricOrPercentage_IsDropped()
        => Assert.Null(SharedExtractor.Read("grow up").Direction);
}
