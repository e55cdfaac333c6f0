namespace AlignmentBot.Domain.Requests;

/// <param name="SharePercent">Unaligned requests as a share of all requests logged in the window.</param>
/// <param name="EffortSharePercent">Same, weighted by effort hours where recorded; null when no effort was recorded.</param>
/// <param name="CostSharePercent">Same, weighted by cost where recorded; null when no cost was recorded.</param>
public sealed record UnalignedSummary(
    int Logged,
    int Unaligned,
    decimal? SharePercent,
    decimal? EffortSharePercent,
    decimal? CostSharePercent,
    IReadOnlyList<(string Requester, int Count)> TopRequesters,
    MarketingRequest? OldestOpen,
    int OpenUnaligned);
