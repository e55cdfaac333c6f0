using AlignmentBot.Domain.Common;

namespace AlignmentBot.Domain.Requests;

/// <summary>Makes the task wheel visible: how much logged work serves no agreed goal.</summary>
public static class UnalignedWork
{
    public static UnalignedSummary Summarize(IReadOnlyList<MarketingRequest> requests, DateRange window)
    {
        var logged = requests.Where(r => window.Contains(DateOnly.FromDateTime(r.LoggedAt.UtcDateTime))).ToArray();
        var unaligned = logged.Where(r => !r.IsAligned).ToArray();
        decimal? share = logged.Length == 0 ? null : 100m * unaligned.Length / logged.Length;

        var withEffort = logged.Where(r => r.EffortHours is > 0).ToArray();
        var effortTotal = withEffort.Sum(r => r.EffortHours!.Value);
        decimal? effortShare = effortTotal == 0 ? null : 100m * withEffort.Where(r => !r.IsAligned).Sum(r => r.EffortHours!.Value) / effortTotal;

        var withCost = logged.Where(r => r.Cost is { Amount: > 0 }).ToArray();
        var costTotal = withCost.Sum(r => r.Cost!.Value.Amount);
        decimal? costShare = costTotal == 0 ? null : 100m * withCost.Where(r => !r.IsAligned).Sum(r => r.Cost!.Value.Amount) / costTotal;

        var top = logged.GroupBy(r => r.RequestedBy, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Requester: g.First().RequestedBy, Count: g.Count()))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Requester, StringComparer.OrdinalIgnoreCase)
            .Take(3).ToArray();

        // Oldest open request of all time, not just this window: it is the one someone is waiting on.
        var oldestOpen = requests.Where(r => r.IsOpen).OrderBy(r => r.LoggedAt).FirstOrDefault();
        var openUnaligned = requests.Count(r => r.IsOpen && !r.IsAligned);
        return new UnalignedSummary(logged.Length, unaligned.Length, share, effortShare, costShare, top, oldestOpen, openUnaligned);
    }
}
