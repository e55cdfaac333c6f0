using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Sync;

/// <summary>
/// Daily funnel numbers from synced records, in the workspace's time zone: leads by create date; MQLs, SALs and SQLs by
/// the day they reached the stage; opportunities and pipeline by the deal's create date; won deals, revenue and sales
/// cycle by close date; follow-up time by the day of the first follow-up. Win rate and conversion are the catalog's
/// ratios of these. Records are added one at a time, so any number of them fits in memory.
/// </summary>
public sealed class CrmMetrics(TimeZoneInfo zone)
{
    public const string RecordedBy = "crm sync";

    private readonly Dictionary<(MetricKey Metric, DateOnly Day), (decimal Sum, int Count)> _days = [];

    public void AddLead(CrmRecord record, CrmLeadOutcome outcome)
    {
        if (!outcome.Counted)
        {
            return;
        }

        Add(MetricKey.Leads, record.CreatedAt, 1);
        Add(MetricKey.Mql, outcome.MqlAt, 1);
        if (outcome.Decision != LeadDecision.Rejected)
        {
            Add(MetricKey.Sal, outcome.SalAt, 1);
            Add(MetricKey.Sql, outcome.SqlAt, 1);
        }

        if (record.FirstFollowUpAt is { } followed && outcome.MqlAt is { } delivered && followed >= delivered)
        {
            Add(MetricKey.FollowUpTime, followed, (decimal)(followed - delivered).TotalHours);
        }
    }

    public void AddDeal(CrmRecord record)
    {
        Add(MetricKey.Opportunities, record.CreatedAt, 1);
        if (record.Amount is { } amount)
        {
            Add(MetricKey.Pipeline, record.CreatedAt, amount);
        }

        if (record.IsWon == true && record.CloseDate is { } closed)
        {
            Add(MetricKey.DealsWon, closed, 1);
            if (record.Amount is { } won)
            {
                Add(MetricKey.Revenue, closed, won);
            }

            var days = closed.DayNumber - Day(record.CreatedAt).DayNumber;
            if (days >= 0)
            {
                Add(MetricKey.SalesCycle, closed, days);
            }
        }
    }

    /// <summary>One measurement per metric and day; averages (sales cycle, follow-up time) rounded to two decimals.</summary>
    public IReadOnlyList<Measurement> ToMeasurements(WorkspaceId workspaceId, DateTimeOffset now)
        => _days.Select(d => new Measurement(
                Guid.NewGuid(), workspaceId, d.Key.Metric, Value(d.Key.Metric, d.Value), DateRange.Day(d.Key.Day), MeasurementSource.Sync, Breakdown.None, now, RecordedBy))
            .OrderBy(m => m.Period.Start).ThenBy(m => m.Metric).ToArray();

    private static decimal Value(MetricKey metric, (decimal Sum, int Count) day)
        => MetricCatalog.Get(metric).Aggregation == Aggregation.Average ? Math.Round(day.Sum / day.Count, 2) : day.Sum;

    private void Add(MetricKey metric, DateTimeOffset? at, decimal value)
    {
        if (at is { } t)
        {
            Add(metric, Day(t), value);
        }
    }

    private void Add(MetricKey metric, DateOnly day, decimal value)
    {
        var key = (metric, day);
        _days[key] = _days.TryGetValue(key, out var sum) ? (sum.Sum + value, sum.Count + 1) : (value, 1);
    }

    private DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
}
