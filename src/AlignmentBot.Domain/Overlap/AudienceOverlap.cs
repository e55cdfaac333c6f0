using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Domain.Overlap;

/// <summary>"Circles of doom": how many of the buyers sales chases marketing actually reaches.</summary>
public static class AudienceOverlap
{
    public static OverlapResult Compute(IEnumerable<string> marketingReached, IEnumerable<string> salesTargets, Industry industry = Industry.Unknown, Region region = Region.Unknown)
    {
        var reached = marketingReached.Where(a => !string.IsNullOrWhiteSpace(a)).Select(AccountNames.Normalize).ToHashSet(StringComparer.Ordinal);
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var account in salesTargets.Where(a => !string.IsNullOrWhiteSpace(a)))
        {
            targets.TryAdd(AccountNames.Normalize(account), account.Trim());
        }

        var shared = targets.Keys.Count(reached.Contains);
        var missed = targets.Where(t => !reached.Contains(t.Key)).Select(t => t.Value).OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToArray();
        decimal? percent = targets.Count == 0 ? null : 100m * shared / targets.Count;
        decimal? multiple = targets.Count == 0 ? null : (decimal)reached.Count / targets.Count;
        return new OverlapResult(targets.Count, reached.Count, shared, percent, OverlapBenchmarks.For(industry, region), multiple, missed);
    }
}
