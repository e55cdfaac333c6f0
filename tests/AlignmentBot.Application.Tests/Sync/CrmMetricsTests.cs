using AlignmentBot.Application.Sync;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Tests.Sync;

public sealed class CrmMetricsTests
{
    private static readonly WorkspaceId Ws = new("T1");
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ToMeasurements_DealsWonAndLost_RevenueAndCycleOnTheCloseDatePipelineOnTheCreateDate()
    {
        var metrics = new CrmMetrics(TimeZoneInfo.Utc);
        var created = new DateTimeOffset(2026, 10, 1, 15, 0, 0, TimeSpan.Zero);
        metrics.AddDeal(new CrmRecord("d1", created, Now, "closedwon", Amount: 12_000m, CloseDate: new DateOnly(2026, 10, 31), IsWon: true, IsClosed: true));
        metrics.AddDeal(new CrmRecord("d2", created, Now, "closedwon", Amount: 8_000m, CloseDate: new DateOnly(2026, 10, 31), IsWon: true, IsClosed: true));
        metrics.AddDeal(new CrmRecord("d3", created.AddDays(1), Now, "closedlost", Amount: 5_000m, CloseDate: new DateOnly(2026, 10, 20), IsWon: false, IsClosed: true));

        var day = metrics.ToMeasurements(Ws, Now).ToDictionary(m => (m.Metric, m.Period.Start), m => m.Value);

        Assert.Equal(2m, day[(MetricKey.Opportunities, new DateOnly(2026, 10, 1))]);
        Assert.Equal(20_000m, day[(MetricKey.Pipeline, new DateOnly(2026, 10, 1))]);
        Assert.Equal(20_000m, day[(MetricKey.Revenue, new DateOnly(2026, 10, 31))]);
        Assert.Equal(2m, day[(MetricKey.DealsWon, new DateOnly(2026, 10, 31))]);
        Assert.Equal(30m, day[(MetricKey.SalesCycle, new DateOnly(2026, 10, 31))]);
        Assert.False(day.ContainsKey((MetricKey.Revenue, new DateOnly(2026, 10, 20))));
        Assert.All(metrics.ToMeasurements(Ws, Now), m => Assert.Equal((MeasurementSource.Sync, CrmMetrics.RecordedBy), (m.Source, m.RecordedBy)));
    }

    [Fact]
    public void AddLead_LateEveningInNewYork_CountsOnThatLocalDay()
    {
        var metrics = new CrmMetrics(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        var lateEvening = new DateTimeOffset(2026, 11, 3, 2, 30, 0, TimeSpan.Zero);
        var record = new CrmRecord("1", lateEvening, lateEvening, "marketingqualifiedlead", StageDates: new Dictionary<string, DateTimeOffset> { ["marketingqualifiedlead"] = lateEvening },
            FirstFollowUpAt: lateEvening.AddHours(5));

        metrics.AddLead(record, CrmFunnel.Evaluate(CrmSource.HubSpot, record, CrmStageMapping.Defaults));
        var numbers = metrics.ToMeasurements(Ws, Now);

        Assert.Contains(numbers, m => m.Metric == MetricKey.Mql && m.Period.Start == new DateOnly(2026, 11, 2));
        Assert.Contains(numbers, m => m.Metric == MetricKey.FollowUpTime && m.Value == 5m && m.Period.Start == new DateOnly(2026, 11, 3));
    }
}
