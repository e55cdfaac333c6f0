namespace AlignmentBot.Application.Sync;

/// <summary>One page read from a CRM, and where the next one starts.</summary>
/// <param name="Done">No more pages: the object is in sync up to <paramref name="Next"/>.</param>
/// <param name="Usage">What the CRM said about API use ("api-usage=120/15000"), for the run's progress line.</param>
public sealed record CrmPage(IReadOnlyList<CrmRecord> Records, CrmCursor Next, bool Done, string? Usage = null);
