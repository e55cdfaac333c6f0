namespace AlignmentBot.Application.Sync;

/// <summary>
/// Where the next page starts, saved with each page's rows so a crash resumes from the last page stored. Its meaning
/// belongs to the source: for both CRMs <see cref="Since"/> and <see cref="LastId"/> are the last-modified time and id of
/// the last record stored (records are read oldest change first, ties by id).
/// </summary>
/// <param name="PageToken">The CRM's token for the next page of the current query (HubSpot's <c>after</c>, Salesforce's <c>nextRecordsUrl</c>).</param>
/// <param name="WindowCount">HubSpot: records already read in the current query, which may not page past 10,000.</param>
/// <param name="WindowStart">HubSpot: the lower bound of the current query.</param>
/// <param name="TieBreak">HubSpot: reading, by id, more than a query's worth of records modified at the same instant.</param>
public sealed record CrmCursor(
    DateTimeOffset? Since = null,
    string? LastId = null,
    string? PageToken = null,
    int WindowCount = 0,
    DateTimeOffset? WindowStart = null,
    bool TieBreak = false)
{
    public static CrmCursor Start { get; } = new();
}
