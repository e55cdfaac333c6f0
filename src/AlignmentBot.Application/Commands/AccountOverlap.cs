using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Overlap;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Commands;

/// <summary>
/// The account overlap computed once from the imported account lists, for the look-up ("do marketing and sales reach the
/// same accounts?") and for an overlap goal's baseline, so both say the same figure (issue 16, one source of truth for numbers).
/// </summary>
public static class AccountOverlap
{
    /// <summary>The overlap, or null with what is missing ("either account list", ...) when a list has not been imported.</summary>
    public static async Task<(OverlapResult? Result, string Missing)> ComputeAsync(IAccountListStore accountLists, Workspace workspace, CancellationToken cancellationToken)
        => Compute(await accountLists.ListAsync(workspace.Id, cancellationToken), workspace);

    /// <summary>
    /// The data a scorecard or digest reads, with the overlap of the account lists added as one reading when an active goal
    /// measures the overlap and no overlap figure was checked in: so the scorecard's "now" for an overlap goal is the figure
    /// its baseline and the look-up came from, dated the day the newer list was imported (no later than
    /// <paramref name="today"/>), and stale when the lists are. Nothing is stored.
    /// </summary>
    public static IReadOnlyList<Measurement> WithListOverlap(IReadOnlyList<Measurement> data, IEnumerable<Goal> goals, IReadOnlyList<AccountList> lists, Workspace? workspace, WorkspaceId workspaceId, DateOnly today)
    {
        if (!goals.Any(g => g.Status == GoalStatus.Active && g.Metric == Domain.Metrics.MetricKey.Overlap) || data.Any(m => m.Metric == Domain.Metrics.MetricKey.Overlap)
            || Compute(lists, workspace ?? new Workspace(workspaceId, Platform.Local, workspaceId.Value)).Result?.OverlapPercent is not { } percent)
        {
            return data;
        }

        var imported = lists.Max(l => l.ImportedAt);
        var day = DateOnly.FromDateTime(imported.UtcDateTime) is var d && d < today ? d : today;
        var reading = new Measurement(Guid.Empty, workspaceId, Domain.Metrics.MetricKey.Overlap, Math.Round(percent, 1, MidpointRounding.AwayFromZero),
            new Domain.Common.DateRange(day, day), MeasurementSource.Import, Breakdown.None, imported, "account lists");
        return [.. data, reading];
    }

    private static (OverlapResult? Result, string Missing) Compute(IReadOnlyList<AccountList> lists, Workspace workspace)
    {
        var reached = lists.Where(l => l.Kind == AccountListKind.MarketingReached).ToArray();
        var targets = lists.Where(l => l.Kind == AccountListKind.SalesTarget).ToArray();
        if (reached.Length == 0 || targets.Length == 0)
        {
            return (null, reached.Length == 0 && targets.Length == 0 ? "either account list" : reached.Length == 0 ? "the accounts marketing reached" : "sales' target accounts");
        }

        return (AudienceOverlap.Compute(reached.SelectMany(l => l.Accounts), targets.SelectMany(l => l.Accounts), workspace.Industry, workspace.Region), string.Empty);
    }

    /// <summary>The accounts marketing reached that are not on sales' target list, as marketing's list wrote them.</summary>
    public static async Task<IReadOnlyList<string>> OnlyReachedAsync(IAccountListStore accountLists, Workspace workspace, CancellationToken cancellationToken)
    {
        var lists = await accountLists.ListAsync(workspace.Id, cancellationToken);
        var targets = lists.Where(l => l.Kind == AccountListKind.SalesTarget).SelectMany(l => l.Accounts)
            .Where(a => !string.IsNullOrWhiteSpace(a)).Select(AccountNames.Normalize).ToHashSet(StringComparer.Ordinal);
        var only = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var account in lists.Where(l => l.Kind == AccountListKind.MarketingReached).SelectMany(l => l.Accounts).Where(a => !string.IsNullOrWhiteSpace(a)))
        {
            var key = AccountNames.Normalize(account);
            if (!targets.Contains(key))
            {
                only.TryAdd(key, account.Trim());
            }
        }

        return only.Values.OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToArray();
    }

    /// <summary>Today's overlap as the look-up shows it (one decimal), or null without both lists or with an empty target list.</summary>
    public static async Task<decimal?> TodayAsync(IAccountListStore accountLists, Workspace workspace, CancellationToken cancellationToken)
    {
        var (result, _) = await ComputeAsync(accountLists, workspace, cancellationToken);
        return result?.OverlapPercent is { } percent ? Math.Round(percent, 1, MidpointRounding.AwayFromZero) : null;
    }
}
