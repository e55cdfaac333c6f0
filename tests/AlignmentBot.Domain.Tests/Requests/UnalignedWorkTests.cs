using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Requests;
using static AlignmentBot.Domain.Tests.Builders;

namespace AlignmentBot.Domain.Tests.Requests;

public class UnalignedWorkTests
{
    private static readonly DateRange November = Range(D(2025, 11, 1), D(2025, 11, 30));
    private static readonly GoalId MqlGoal = GoalId.New();

    private static MarketingRequest Request(string title, string by, DateOnly loggedOn, GoalId? goal, RequestStatus status, decimal? hours = null, decimal? cost = null)
        => new(Guid.NewGuid(), Acme, title, by, "U-MKT", new DateTimeOffset(loggedOn.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero),
            null, cost is { } c ? Money.Usd(c) : null, hours, goal, status);

    private static MarketingRequest[] Requests() =>
    [
        Request("Webinar for the MQL goal", "CEO", D(2025, 11, 3), MqlGoal, RequestStatus.Done, hours: 10, cost: 5_000),
        Request("Brochure for one deal", "Sales VP", D(2025, 11, 5), null, RequestStatus.Open, hours: 5, cost: 1_000),
        Request("Trade show booth design", "sales vp", D(2025, 11, 10), null, RequestStatus.InProgress, hours: 15),
        Request("Holiday card", "CEO", D(2025, 11, 20), null, RequestStatus.Declined, cost: 4_000),
        Request("Redo the logo", "Board", D(2025, 10, 15), null, RequestStatus.Open, hours: 100),
        Request("Case study", "CMO", D(2025, 12, 2), MqlGoal, RequestStatus.Open, hours: 8),
    ];

    [Fact]
    public void Summarize_ShareByCount_IsUnalignedOverLoggedInWindow()
    {
        // Four requests logged in November, three without a goal: 75%.
        var summary = UnalignedWork.Summarize(Requests(), November);

        Assert.Equal(4, summary.Logged);
        Assert.Equal(3, summary.Unaligned);
        Assert.Equal(75m, summary.SharePercent);
    }

    [Fact]
    public void Summarize_ShareByEffort_WeighsRequestsWithHours()
    {
        // Hours recorded: 10 (aligned) + 5 + 15 (unaligned) = 30; unaligned 20 / 30 = 66.7%.
        var summary = UnalignedWork.Summarize(Requests(), November);

        Assert.Equal(66.67m, Math.Round(summary.EffortSharePercent!.Value, 2));
    }

    [Fact]
    public void Summarize_ShareByCost_WeighsRequestsWithCost()
    {
        // Cost recorded: $5,000 (aligned) + $1,000 + $4,000 (unaligned) = $10,000; unaligned $5,000 = 50%.
        Assert.Equal(50m, UnalignedWork.Summarize(Requests(), November).CostSharePercent);
    }

    [Fact]
    public void Summarize_TopRequesters_GroupsNamesIgnoringCaseAndBreaksTiesByName()
    {
        // CEO 2, Sales VP 2 ("Sales VP" and "sales vp"); October's and December's requesters are outside the window.
        var summary = UnalignedWork.Summarize(Requests(), November);

        Assert.Equal([("CEO", 2), ("Sales VP", 2)], summary.TopRequesters);
    }

    [Fact]
    public void Summarize_OldestOpen_LooksAcrossAllTime()
    {
        // The October logo request is outside the window but still open: it is the one someone is waiting on.
        var summary = UnalignedWork.Summarize(Requests(), November);

        Assert.Equal("Redo the logo", summary.OldestOpen!.Title);
    }

    [Fact]
    public void Summarize_OpenUnaligned_CountsAllTimeOpenOrInProgressWithoutGoal()
    {
        // Brochure (open), booth (in progress), logo (open, October) = 3; the declined card and aligned case study do not count.
        Assert.Equal(3, UnalignedWork.Summarize(Requests(), November).OpenUnaligned);
    }

    [Fact]
    public void Summarize_NothingLoggedInWindow_HasNoShares()
    {
        var summary = UnalignedWork.Summarize(Requests(), Range(D(2025, 6, 1), D(2025, 6, 30)));

        Assert.Equal(0, summary.Logged);
        Assert.Null(summary.SharePercent);
        Assert.Null(summary.EffortSharePercent);
        Assert.Null(summary.CostSharePercent);
        Assert.Empty(summary.TopRequesters);
    }

    [Fact]
    public void Summarize_NoEffortOrCostRecorded_HasNoWeightedShares()
    {
        MarketingRequest[] requests = [Request("Flyer", "CEO", D(2025, 11, 3), null, RequestStatus.Open)];

        var summary = UnalignedWork.Summarize(requests, November);

        Assert.Equal(100m, summary.SharePercent);
        Assert.Null(summary.EffortSharePercent);
        Assert.Null(summary.CostSharePercent);
    }

    [Fact]
    public void Summarize_NoRequestsAtAll_HasNullShareAndNoOldest()
    {
        var summary = UnalignedWork.Summarize([], November);

        Assert.Null(summary.SharePercent);
        Assert.Null(summary.OldestOpen);
        Assert.Equal(0, summary.OpenUnaligned);
    }
}
