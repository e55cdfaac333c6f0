using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Domain.Tests.Workspaces;

public class WorkspaceSettingsTests
{
    private static readonly Workspace Acme = new(new WorkspaceId("T1"), Platform.Slack, "Acme");

    [Theory]
    [InlineData("currency", "eur", "EUR")]
    [InlineData("currency", "€", "EUR")]
    [InlineData("currency", "pounds", "GBP")]
    [InlineData("industry", "SaaS", "Technology")]
    [InlineData("region", "Europe", "Emea")]
    [InlineData("fiscal-year-start", "April", "April")]
    [InlineData("fiscal-year-start", "10", "October")]
    [InlineData("work-week", "sunday to thursday", "Sun-Thu")]
    [InlineData("time-zone", "Europe/Berlin", "Europe/Berlin")]
    [InlineData("name", "Acme GmbH", "Acme GmbH")]
    [InlineData("annual-revenue", "$40M", "$40M")]
    [InlineData("annual-revenue", "12,000,000", "$12M")]
    [InlineData("annual-revenue", "2.5 billion", "$2.5B")]
    public void Set_ValueInPlainWords_IsStoredAndShown(string key, string value, string shown)
    {
        var change = WorkspaceSettings.Set(Acme, key, value);

        Assert.Null(change.Error);
        Assert.Equal(shown, WorkspaceSettings.Show(change.Changed!, key));
    }

    [Theory]
    [InlineData("currency", "moneys")]
    [InlineData("industry", "agriculture")]
    [InlineData("fiscal-year-start", "13")]
    [InlineData("work-week", "Mon")]
    [InlineData("time-zone", "Mars/Olympus")]
    [InlineData("annual-revenue", "a lot")]
    [InlineData("annual-revenue", "-5M")]
    public void Set_BadValue_SaysWhyAndChangesNothing(string key, string value)
    {
        var change = WorkspaceSettings.Set(Acme, key, value);

        Assert.Null(change.Changed);
        Assert.Contains(value, change.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_RevenueInAnotherCurrency_IsRefusedNotConverted()
    {
        var change = WorkspaceSettings.Set(Acme, WorkspaceSettings.AnnualRevenue, "€40M");

        Assert.Null(change.Changed);
        Assert.Equal("That amount is in EUR, but the workspace currency is USD. Set the currency to EUR first, or give the revenue in USD.", change.Error);
    }

    [Fact]
    public void Set_WorkWeekStartingSunday_MovesTheWeekStart()
    {
        var changed = WorkspaceSettings.Set(Acme, WorkspaceSettings.WorkWeek, "Sun-Thu").Changed!;

        Assert.Equal(DayOfWeek.Sunday, changed.WeekStart);
    }

    [Fact]
    public void Show_NoAnnualRevenue_SaysTheBandNeedsIt()
    {
        Assert.Equal("not set (the budget band needs it)", WorkspaceSettings.Show(Acme, WorkspaceSettings.AnnualRevenue));
    }

    [Theory]
    [InlineData(1, 3, "2026-12-03", "2027-09-30")]  // calendar year: Q3 ends 30 Sep; this year's has passed
    [InlineData(4, 3, "2026-12-03", "2026-12-31")]  // fiscal year from April: Q3 is Oct–Dec
    [InlineData(7, 1, "2026-12-03", "2027-09-30")]  // from July: Q1 is Jul–Sep, the next one ends Sep 2027
    [InlineData(10, 2, "2026-12-03", "2027-03-31")] // from October: Q2 is Jan–Mar
    public void FiscalQuarterEnd_FollowsTheFiscalYearStart(int startMonth, int quarter, string today, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            WorkspaceSettings.FiscalQuarterEnd(quarter, startMonth, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
