using AlignmentBot.Application.Tests.Scenarios.Runner;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Tests.Scenarios;

public sealed class StateChecksTests
{
    [Theory]
    [InlineData("demo-priya", "Priya Natarajan (Marketing)", "priya", true)]
    [InlineData(null, "Priya", "priya", true)]
    [InlineData(null, "Priya Natarajan (Marketing)", "priyas", false)]
    [InlineData("demo-marco", "Priya", "priya", false)]
    [InlineData(null, "I'm in sales now", "sam", false)]
    [InlineData(null, "Alex Kim (SDR)", "alex", true)]
    public void Compare_PersonField_MatchesThePersonaByIdOrName(string? id, string name, string persona, bool expected)
    {
        var (ok, why) = StateChecks.Compare(new PersonValue(id, name), new FieldFilter("owner", "=", persona));

        Assert.Null(why);
        Assert.Equal(expected, ok);
    }

    [Theory]
    [InlineData(Role.Marketer, "~", "market", true)]
    [InlineData(Role.MarketingLead, "~", "market", true)]
    [InlineData(Role.SalesLead, "~", "lead", true)]
    [InlineData(Role.SalesRep, "~", "market", false)]
    [InlineData(Role.SalesRep, "!~", "market", true)]
    [InlineData(Role.Marketer, "=", "marketing", true)]
    [InlineData(Role.Marketer, "=", "market", false)]
    [InlineData(Role.SalesRep, "!=", "marketing", true)]
    [InlineData(null, "~", "market", false)]
    [InlineData(null, "=", "none", true)]
    public void RoleHolds_HonoursTheOperator(Role? role, string op, string value, bool expected)
        => Assert.Equal(expected, StateChecks.RoleHolds(role, new FieldFilter("role", op, value)));

    [Fact]
    public void Compare_EnumValueTheProductLacks_NeedsAFeature()
    {
        var (ok, why) = StateChecks.Compare(GoalStatus.Archived, new FieldFilter("status", "=", "postponed"));

        Assert.False(ok);
        Assert.StartsWith("needs a feature", why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cost-per-lead", true)]
    [InlineData("CPL", true)]
    [InlineData("mql", false)]
    public void Compare_Metric_ByNameOrAlias(string expected, bool ok)
        => Assert.Equal(ok, StateChecks.Compare(MetricKey.CostPerLead, new FieldFilter("metric", "=", expected)).Ok);

    [Theory]
    [InlineData(300.00, "=", "300", true)]
    [InlineData(300.00, "<", "300", false)]
    [InlineData(88, "<=", "100", true)]
    public void Compare_Numbers_AsNumbers(double actual, string op, string expected, bool ok)
        => Assert.Equal(ok, StateChecks.Compare((decimal)actual, new FieldFilter("target", op, expected)).Ok);

    [Fact]
    public void Compare_Dates_InOrder()
    {
        Assert.True(StateChecks.Compare(new DateOnly(2027, 6, 30), new FieldFilter("deadline", ">=", "2027-06-01")).Ok);
        Assert.True(StateChecks.Compare(new DateOnly(2026, 11, 27), new FieldFilter("due", "~", "2026-(11-27|12-04)")).Ok);
        Assert.False(StateChecks.Compare(null, new FieldFilter("due", "=", "2026-11-27")).Ok);
        Assert.True(StateChecks.Compare(null, new FieldFilter("due", "=", "none")).Ok);
    }

    [Theory]
    [InlineData("09:00", "<=", "10:00", true)]
    [InlineData("10:30", "<=", "10:00", false)]
    [InlineData("17:00", ">", "12:00", true)]
    public void Compare_ClockTimes_InOrder(string actual, string op, string expected, bool ok)
        => Assert.Equal(ok, StateChecks.Compare(TimeOnly.ParseExact(actual, "HH:mm", System.Globalization.CultureInfo.InvariantCulture), new FieldFilter("time", op, expected)).Ok);
}
