using AlignmentBot.Application.Commands;
using AlignmentBot.Application.Workspaces;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Tests.Workspaces;

public sealed class SettingsRequestTests
{
    [Theory]
    [InlineData("settings", null, null)]
    [InlineData("show the workspace settings", null, null)]
    [InlineData("set our currency to EUR", "currency", "EUR")]
    [InlineData("our currency is euros", "currency", "euros")]
    [InlineData("our annual revenue is €40M", "annual-revenue", "€40M")]
    [InlineData("our total revenue is about $12M a year", "annual-revenue", "$12M a year")]
    [InlineData("our fiscal year starts in April", "fiscal-year-start", "April")]
    [InlineData("our fiscal yr starts in april", "fiscal-year-start", "april")]
    [InlineData("FY starts in July", "fiscal-year-start", "July")]
    [InlineData("our fiscal yr begins in october", "fiscal-year-start", "october")]
    [InlineData("work week: Sun-Thu", "work-week", "Sun-Thu")]
    [InlineData("change the time zone to Europe/Berlin", "time-zone", "Europe/Berlin")]
    [InlineData("our company name is Acme GmbH", "name", "Acme GmbH")]
    [InlineData("our currency should be euros from now on", "currency", "euros")]
    [InlineData("please switch our currency to pounds", "currency", "pounds")]
    [InlineData("from now on our currency will be GBP", "currency", "GBP")]
    [InlineData("change the currency to euros going forward", "currency", "euros")]
    [InlineData("currency should be GBP going forward", "currency", "GBP")]
    [InlineData("from now on lets do everything in pounds sterling pls", "currency", "pounds sterling")]
    [InlineData("lets use british pounds for everything going forward", "currency", "british pounds")]
    [InlineData("can we do all our numbers in euros", "currency", "euros")]
    [InlineData("we're using euros from now on", "currency", "euros")]
    [InlineData("our total yearly revenue is twenty two million dollars", "annual-revenue", "twenty two million dollars")]
    [InlineData("our overall annual revenue is $30M", "annual-revenue", "$30M")]
    public void Parse_SettingsPhrasing_NamesKeyAndValue(string text, string? key, string? value)
    {
        var request = SettingsRequest.Parse(text);

        Assert.NotNull(request);
        Assert.Equal((key, value), (request.Key, request.Value));
    }

    [Theory]
    [InlineData("our revenue is $2M this month")]        // a check-in, not the company's yearly revenue
    [InlineData("set the MQL target to 250")]           // a goal change
    [InlineData("our goal is 200 MQLs a month")]
    [InlineData("total revenue is about $12M a year")]  // an answer to the budget question, not a setting
    [InlineData("is marketing working?")]
    public void Parse_NotASetting_IsNull(string text)
        => Assert.Null(SettingsRequest.Parse(text));

    [Theory]
    [InlineData("show the history of the MQL goal", "MQL")]
    [InlineData("history of the close deals faster goal", "close deals faster")]
    [InlineData("the MQL goal's history", "MQL")]
    [InlineData("what's the history of the cost per lead goal?", "cost per lead")]
    [InlineData("what's changed on the MQL goal? show me its history", "MQL")]
    [InlineData("how has the MQL goal changed?", "MQL")]
    [InlineData("what changes were made to the revenue goal?", "revenue")]
    [InlineData("has anything changed on the CPL goal?", "CPL")]
    public void GoalHistoryNamed_HistoryPhrasing_NamesTheGoal(string text, string named)
        => Assert.Equal(named, GoalHistoryCommand.Named(text));

    [Fact]
    public void GoalHistoryNamed_AGoalChange_IsNull()
        => Assert.Null(GoalHistoryCommand.Named("change the MQL target to 250"));

    [Theory]
    [InlineData(4, "by end of Q3", "2026-09-30", "2026-12-31")]
    [InlineData(1, "by end of Q3", "2026-09-30", "2026-09-30")]      // calendar fiscal year: as read
    [InlineData(4, "by end of Q3 2027", "2027-09-30", "2027-09-30")] // a year said: the calendar quarter stands
    [InlineData(4, "by June", "2027-06-30", "2027-06-30")]           // no quarter: as read
    public void FiscalQuarters_BareQuarter_FollowsTheFiscalYear(int fiscalStart, string text, string read, string expected)
    {
        var workspace = new Workspace(new WorkspaceId("T1"), Platform.Slack, "Acme", FiscalYearStartMonth: fiscalStart);

        var deadline = FiscalQuarters.Deadline(text, DateOnly.Parse(read, System.Globalization.CultureInfo.InvariantCulture), workspace, new DateOnly(2026, 12, 3));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), deadline);
    }
}
