using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Workspaces;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Application.Digests;

/// <summary>Loads a workspace's data through the ports and asks the domain for the facts and one audience's digest.</summary>
public sealed class DigestBuilder(
    IWorkspaceStore workspaces,
    IGoalStore goals,
    IMeasurementStore measurements,
    ILeadStore leads,
    IRequestStore requests,
    ISlaStore slas,
    IAccountListStore accountLists,
    IMemoryCache cache,
    IOptions<DigestOptions> options)
{
    /// <summary>History loaded before the earliest goal start, for baselines and trends (as the scorecard does).</summary>
    public const int LookbackDays = 400;

    /// <summary>Leads decided in the window may have arrived weeks earlier.</summary>
    public const int LeadLookbackDays = 90;

    public async Task<Digest> BuildAsync(WorkspaceId workspaceId, Audience audience, DigestPeriod period, DateTimeOffset now, IReadOnlyList<DigestNote> notes, bool fresh, CancellationToken cancellationToken)
    {
        var facts = await FactsAsync(workspaceId, period, now, fresh, cancellationToken);
        return DigestComposer.Compose(facts, audience, notes);
    }

    /// <summary>
    /// The period's facts. When a channel fan-out posts many digests of one workspace together they reuse one
    /// computation for a short while, which also guarantees every audience saw the same numbers.
    /// </summary>
    public async Task<DigestFacts> FactsAsync(WorkspaceId workspaceId, DigestPeriod period, DateTimeOffset now, bool fresh, CancellationToken cancellationToken)
    {
        var key = ("digest-facts", workspaceId.Value, period.DigestDate, period.Weeks, period.WeekStart);
        if (!fresh && cache.TryGetValue(key, out DigestFacts? cached) && cached is not null)
        {
            return cached;
        }

        // Single flight: when a fan-out starts, dozens of posts ask for the same workspace at once; one computes, the rest wait for it.
        var flight = _inFlight.GetOrAdd(key, k => new Lazy<Task<DigestFacts>>(async () =>
        {
            try
            {
                var facts = DigestFactsBuilder.Build(await LoadAsync(workspaceId, period, CancellationToken.None), period, now);
                cache.Set(key, facts, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = options.Value.FactsCacheDuration, Size = 1 });
                return facts;
            }
            finally
            {
                _inFlight.TryRemove(k, out _);
            }
        }));
        return await flight.Value.WaitAsync(cancellationToken);
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string, DateOnly, int, DayOfWeek), Lazy<Task<DigestFacts>>> _inFlight = new();

    public async Task<DigestInputs> LoadAsync(WorkspaceId workspaceId, DigestPeriod period, CancellationToken cancellationToken)
    {
        var workspace = await workspaces.GetAsync(workspaceId, cancellationToken) ?? new Workspace(workspaceId, Platform.Local, workspaceId.Value);
        var people = await workspaces.ListPeopleAsync(workspaceId, cancellationToken);
        var allGoals = await goals.ListAsync(workspaceId, cancellationToken);
        var earliest = allGoals.Where(g => g.Status == GoalStatus.Active).Select(g => g.StartDate).Append(period.PreviousWindow.Start.AddDays(-7 * DigestFactsBuilder.BudgetWeeks)).Min();
        var data = await measurements.ListAsync(workspaceId, new DateRange(earliest.AddDays(-LookbackDays), period.DigestDate), null, cancellationToken);
        var since = new DateTimeOffset(period.PreviousWindow.Start.AddDays(-LeadLookbackDays).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var recentLeads = await leads.ListAsync(workspaceId, since, cancellationToken);
        var allRequests = await requests.ListAsync(workspaceId, cancellationToken);
        var sla = await slas.GetActiveAsync(workspaceId, cancellationToken);
        var pending = await slas.GetPendingAsync(workspaceId, cancellationToken);
        var lists = await accountLists.ListAsync(workspaceId, cancellationToken);
        // An overlap goal's figure is the account lists' overlap, as on the scorecard.
        data = Commands.AccountOverlap.WithListOverlap(data, allGoals, lists, workspace, workspaceId, period.DigestDate);
        return new DigestInputs(workspace, people, allGoals, data, recentLeads, allRequests, sla, lists, pending);
    }
}
