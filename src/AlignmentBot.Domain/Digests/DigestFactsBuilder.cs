using System.Runtime.CompilerServices;
using AlignmentBot.Domain.Budget;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Overlap;
using AlignmentBot.Domain.Requests;
using AlignmentBot.Domain.Scorecards;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Domain.Digests;

/// <summary>Works out a digest's facts from a workspace's data. Pure: <paramref name="now"/> and the period are passed in.</summary>
public static class DigestFactsBuilder
{
    /// <summary>The funnel stages shown, in funnel order.</summary>
    public static readonly IReadOnlyList<MetricKey> FunnelMetrics =
        [MetricKey.Leads, MetricKey.Mql, MetricKey.Sal, MetricKey.Sql, MetricKey.Opportunities, MetricKey.DealsWon, MetricKey.Pipeline, MetricKey.Revenue];

    /// <summary>Goals whose deadline falls within this many days are listed as upcoming.</summary>
    public const int GoalDeadlineHorizonDays = 45;

    /// <summary>Open requests due within this many days (or overdue) are listed as upcoming.</summary>
    public const int RequestDeadlineHorizonDays = 14;

    /// <summary>Spend and revenue are compared over this many weeks: long enough that one big deal does not swing the band.</summary>
    public const int BudgetWeeks = 13;

    public static DigestFacts Build(DigestInputs inputs, DigestPeriod period, DateTimeOffset now)
    {
        var workspace = inputs.Workspace;
        var currency = workspace.Currency;
        var measurements = inputs.Measurements.Where(m => m.WorkspaceId == workspace.Id).ToArray();
        var goals = inputs.Goals.Where(g => g.WorkspaceId == workspace.Id).ToArray();

        var scorecard = ScorecardBuilder.Build(goals, measurements, period.AsOf, currency);
        var before = ScorecardBuilder.Build(goals, measurements, period.PreviousAsOf, currency).Lines.ToDictionary(l => l.Goal.Id);
        var goalLines = scorecard.Lines.Select(l => new GoalLine(l, before.GetValueOrDefault(l.Goal.Id))).ToArray();

        return new DigestFacts(
            workspace.Name,
            currency,
            period,
            scorecard,
            goalLines,
            Funnel(measurements, period),
            Sla(inputs.Sla, inputs.Leads, measurements, period, now),
            Feedback(inputs.Leads, period),
            Requests(inputs.Requests, inputs.People, period),
            Overlap(inputs.AccountLists, workspace),
            BudgetFor(measurements, period, workspace),
            Deadlines(scorecard, inputs.Requests, period),
            scorecard.WithoutFreshData,
            inputs.PendingSla ?? (inputs.Sla is { Status: SlaStatus.Proposed } proposed ? proposed : null));
    }

    private static FunnelLine[] Funnel(IReadOnlyList<Measurement> measurements, DigestPeriod period)
    {
        var byMetric = measurements.ToLookup(m => m.Metric);
        return FunnelMetrics
            .Select(metric =>
            {
                var data = byMetric[metric].ToArray();
                return new FunnelLine(metric, MetricCalculator.ValueFor(metric, period.Window, data), MetricCalculator.ValueFor(metric, period.PreviousWindow, data));
            })
            .Where(line => line.Current is not null || line.Previous is not null)
            .ToArray();
    }

    private static SlaFacts? Sla(LeadSla? sla, IReadOnlyList<Lead> leads, IReadOnlyList<Measurement> measurements, DigestPeriod period, DateTimeOffset now)
    {
        if (sla is not { IsActive: true })
        {
            return null;
        }

        var current = SlaCompliance.Evaluate(sla, leads, period.Window, now);
        var previous = SlaCompliance.Evaluate(sla, leads, period.PreviousWindow, now);

        // Leads from the last two windows and this week that nobody called back in time; older ones are usually dead.
        var since = period.PreviousWindow.Start;
        var waiting = leads
            .Where(l => l.IsDelivered && l.FirstFollowUpAt is null && l.Decision == LeadDecision.Pending
                && DateOnly.FromDateTime(l.CreatedAt.UtcDateTime) >= since && l.CreatedAt <= now
                && (decimal)(now - l.CreatedAt).TotalHours > sla.FollowUpHours)
            .ToArray();
        var delivered = MetricCalculator.ValueFor(MetricKey.Mql, period.Window, measurements) ?? current.Delivered;
        return new SlaFacts(sla, current, previous, delivered, current.Committed, waiting.Length, waiting.Length == 0 ? null : waiting.Min(l => l.CreatedAt));
    }

    private static LeadFeedback Feedback(IReadOnlyList<Lead> leads, DigestPeriod period)
    {
        static DateOnly Day(Lead l) => DateOnly.FromDateTime(l.DecidedAt!.Value.UtcDateTime);
        var decided = leads.Where(l => l.Decision != LeadDecision.Pending && l.DecidedAt is not null).ToArray();
        var current = decided.Where(l => period.Window.Contains(Day(l))).ToArray();
        var previous = decided.Where(l => period.PreviousWindow.Contains(Day(l))).ToArray();

        var byCampaign = current
            .GroupBy(l => l.Source.Campaign ?? LeadConversion.Unattributed, StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var rejected = g.Where(l => l.Decision == LeadDecision.Rejected).ToArray();
                return new CampaignRejections(g.First().Source.Campaign ?? LeadConversion.Unattributed, rejected.Length, g.Count(),
                    rejected.Length == 0 ? RejectionReason.Other : SlaCompliance.TopReasons(rejected, 1)[0].Reason);
            })
            .Where(c => c.Rejected > 0)
            .OrderByDescending(c => c.Rejected).ThenByDescending(c => c.RejectedPercent).ThenBy(c => c.Campaign, StringComparer.OrdinalIgnoreCase)
            .Take(3)
            .ToArray();

        var accepted = current.Count(l => l.Decision == LeadDecision.Accepted);
        return new LeadFeedback(accepted, current.Length - accepted, Acceptance(current), Acceptance(previous), SlaCompliance.TopReasons(current, 3), byCampaign);
    }

    private static decimal? Acceptance(Lead[] decided)
        => decided.Length == 0 ? null : 100m * decided.Count(l => l.Decision == LeadDecision.Accepted) / decided.Length;

    private static RequestFacts Requests(IReadOnlyList<MarketingRequest> requests, IReadOnlyList<Person> people, DigestPeriod period)
    {
        var summary = UnalignedWork.Summarize(requests, period.Window);
        var openUnaligned = requests.Where(r => r.IsOpen && !r.IsAligned).OrderBy(r => r.LoggedAt).ToArray();
        var leadership = people.Where(p => p.Role == Role.Leadership)
            .SelectMany(p => new[] { p.DisplayName, p.UserId })
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var fromLeadership = requests.Count(r => !r.IsAligned && leadership.Contains(r.RequestedBy)
            && period.Window.Contains(DateOnly.FromDateTime(r.LoggedAt.UtcDateTime)));
        return new RequestFacts(summary, openUnaligned, fromLeadership);
    }

    private static OverlapResult? Overlap(IReadOnlyList<AccountList> lists, Workspace workspace)
    {
        // Normalising a couple of thousand company names is most of a digest's cost, and it depends only on the
        // imported lists: each loaded snapshot (immutable records) is compared once, whatever periods and audiences
        // are built from it. Weak keys, so the memo goes with the data.
        var memo = OverlapMemo.GetValue(lists, _ => new OverlapMemoEntry());
        lock (memo)
        {
            if (memo.For != (workspace.Industry, workspace.Region))
            {
                var reached = lists.Where(l => l.Kind == AccountListKind.MarketingReached).SelectMany(l => l.Accounts).ToArray();
                var targets = lists.Where(l => l.Kind == AccountListKind.SalesTarget).SelectMany(l => l.Accounts).ToArray();
                memo.Result = reached.Length == 0 || targets.Length == 0 ? null : AudienceOverlap.Compute(reached, targets, workspace.Industry, workspace.Region);
                memo.For = (workspace.Industry, workspace.Region);
            }

            return memo.Result;
        }
    }

    private static readonly ConditionalWeakTable<IReadOnlyList<AccountList>, OverlapMemoEntry> OverlapMemo = new();

    private sealed class OverlapMemoEntry
    {
        public (Industry, Region)? For { get; set; }

        public OverlapResult? Result { get; set; }
    }

    // The 4–8% band is a share of total company revenue, which only an admin's setting gives: recorded revenue is new
    // business booked, and a band worked out from it would be wrong. Without the setting, no band.
    private static BudgetFacts? BudgetFor(IReadOnlyList<Measurement> measurements, DigestPeriod period, Workspace workspace)
    {
        if (workspace.AnnualRevenue is not { } annual || annual <= 0)
        {
            return null;
        }

        var window = new DateRange(period.Window.End.AddDays(1 - (7 * BudgetWeeks)), period.Window.End);
        var spend = MetricCalculator.ValueFor(MetricKey.Spend, window, measurements);
        var revenue = annual * window.Days / 365m;
        return spend is { } s ? new BudgetFacts(BudgetCheck.Assess(new Money(s, workspace.Currency), new Money(revenue, workspace.Currency)), window) : null;
    }

    private static UpcomingDeadline[] Deadlines(Scorecard scorecard, IReadOnlyList<MarketingRequest> requests, DigestPeriod period)
    {
        var today = period.DigestDate;
        var goals = scorecard.Lines
            .Where(l => l.Goal.Deadline >= today && l.Goal.Deadline <= today.AddDays(GoalDeadlineHorizonDays))
            .Select(l => new UpcomingDeadline(DeadlineKind.Goal, l.Goal.Definition.Label, l.Goal.Deadline, l.Goal.OwnerName, l.Pace));
        var due = requests
            .Where(r => r.IsOpen && r.DueDate is { } d && d <= today.AddDays(RequestDeadlineHorizonDays))
            .Select(r => new UpcomingDeadline(DeadlineKind.Request, r.Title, r.DueDate!.Value, r.RequestedBy));
        return goals.Concat(due).OrderBy(d => d.Date).ThenBy(d => d.Kind).ThenBy(d => d.Title, StringComparer.Ordinal).ToArray();
    }
}
