using AlignmentBot.Application.Goals;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Scorecards;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Tests.Scorecards;

/// <summary>
/// The goal dialog's baseline, the scorecard and the digest read the same data the same way: a goal set today on
/// data reported weekly, monthly or daily shows where it stands, the same number everywhere, and is not stale.
/// </summary>
public sealed class NumbersAgreeTests
{
    private static readonly WorkspaceId Ws = new("T-NUMBERS");
    private static readonly DateOnly Today = new(2026, 12, 3); // a Thursday
    private static readonly DateTimeOffset Recorded = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Cadences => new() { "weekly", "monthly", "daily" };

    [Theory]
    [MemberData(nameof(Cadences))]
    public void NewRateGoal_DialogScorecardAndDigest_AgreeAndAreFresh(string reporting)
    {
        var data = Reported(reporting);
        var (baseline, _) = GoalPlanner.Baseline(MetricKey.Opportunities, "month", data, Today);
        Assert.NotNull(baseline);

        var goal = NewGoal(baseline.Value + 10m, reporting == "monthly" ? Cadence.Monthly : Cadence.Weekly);
        var line = ScorecardBuilder.Build([goal], data, Today).Lines.Single();
        var digest = DigestFactsBuilder.Build(
            new DigestInputs(new Workspace(Ws, Platform.Slack, "Acme"), [], [goal], data, [], [], null, []),
            new DigestPeriod(Today.AddDays(1)), Recorded).Scorecard.Lines.Single();

        Assert.NotEqual(Pace.NoData, line.Pace);
        Assert.False(line.IsStale, line.Explanation);
        var now = MetricNumbers.Current(MetricKey.Opportunities, PeriodKind.Month, data, Today);
        Assert.Equal(now, line.Current);
        Assert.Equal(line.Current, digest.Current);
        Assert.Equal(line.Pace, digest.Pace);
        Assert.Equal(line.IsStale, digest.IsStale);
        Assert.Equal(MetricNumbers.RunRate(MetricKey.Opportunities, PeriodKind.Month, data, Today).Latest, now);
    }

    [Fact]
    public void NewRateGoal_FreshDataOnlyBeforeAStaleGap_IsNoDataAndStale()
    {
        // Data that stopped two months ago gave a baseline, but the scorecard must not pretend it is current.
        var data = Reported("monthly").Where(m => m.Period.End < Today.AddMonths(-2)).ToArray();
        var goal = NewGoal(60m, Cadence.Weekly);

        var line = ScorecardBuilder.Build([goal], data, Today).Lines.Single();

        Assert.Equal(Pace.NoData, line.Pace);
        Assert.True(line.IsStale);
    }

    [Fact]
    public void NewTotalGoal_FreshDataBeforeStart_IsNotStartedAndFresh()
    {
        var data = Reported("weekly");
        var goal = NewGoal(600m, Cadence.Weekly) with { Per = null };

        var line = ScorecardBuilder.Build([goal], data, Today).Lines.Single();

        Assert.Equal(Pace.NotStarted, line.Pace);
        Assert.False(line.IsStale);
        Assert.StartsWith("Started 3 Dec 2026; nothing counted toward it yet.", line.Explanation, StringComparison.Ordinal);
    }

    private static Goal NewGoal(decimal target, Cadence cadence) => new(
        GoalId.New(), Ws, "we need more opportunities", MetricKey.Opportunities, null, target, Direction.Increase, PeriodKind.Month,
        Today, new DateOnly(2027, 6, 30), cadence, "Sam", Audience.Sales, GoalStatus.Active, Recorded, "U-SAM");

    // 48 opportunities a month however they are reported: weekly to last Sunday, monthly to the end of last month, or daily to yesterday.
    private static Measurement[] Reported(string how)
    {
        var list = new List<Measurement>();
        switch (how)
        {
            case "weekly":
                for (var end = new DateOnly(2026, 11, 29); end > Today.AddDays(-200); end = end.AddDays(-7))
                {
                    list.Add(Measure(12m, end.AddDays(-6), end));
                }

                break;
            case "monthly":
                for (var month = new DateOnly(2026, 11, 1); month > Today.AddDays(-300); month = month.AddMonths(-1))
                {
                    list.Add(Measure(48m, month, month.AddMonths(1).AddDays(-1)));
                }

                break;
            default:
                for (var day = Today.AddDays(-1); day > Today.AddDays(-200); day = day.AddDays(-1))
                {
                    list.Add(Measure(day.Day % 3 == 0 ? 3m : 1m, day, day));
                }

                break;
        }

        return list.ToArray();
    }

    private static Measurement Measure(decimal value, DateOnly start, DateOnly end)
        => new(Guid.NewGuid(), Ws, MetricKey.Opportunities, value, new DateRange(start, end), MeasurementSource.Import, Breakdown.None, Recorded);
}
