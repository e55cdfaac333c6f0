namespace AlignmentBot.Application.Sync;

/// <summary>
/// Where the next page starts, saved with each page's rows so a crash resumes from the last page stored. Records are
/// read oldest change first, ties by id: <see cref="Since"/> and <see cref="LastId"/> are the last-modified time and id
/// of the last record stored. The other fields belong to one source's way of paging.
/// </summary>
/// <param name="PageToken">Salesforce: the query locator (<c>nextRecordsUrl</c>) of the query being read.</param>
/// <param name="SeenAtSince">HubSpot: ids already stored whose last-modified time is exactly <see cref="Since"/>, skipped when the next query starts there.</param>
/// <param name="TieBreak">HubSpot: more than a page of records share the instant <see cref="Since"/>; they are read by id, after <see cref="LastId"/>.</param>
/// <param name="AfterSince">HubSpot: every record at <see cref="Since"/> is stored; the next query starts strictly after it.</param>
public sealed record CrmCursor(
    DateTimeOffset? Since = null,
    string? LastId = null,
    string? PageToken = null,
    IReadOnlyList<string>? SeenAtSince = null,
    bool TieBreak = false,
    bool AfterSince = false)
{
    public static CrmCursor Start { get; } = new();
}
