namespace AlignmentBot.Application.Sync;

/// <summary>
/// One CRM record as the sync keeps it: only the fields the funnel needs, in the CRM's own values (stages and statuses
/// are not mapped yet), so a mapping change can be applied again to what is stored without fetching anything.
/// </summary>
/// <param name="ExternalId">The CRM's id: HubSpot record id, Salesforce 18-character id.</param>
/// <param name="Stage">HubSpot lifecycle stage or deal stage; Salesforce lead Status or opportunity StageName.</param>
/// <param name="Status">HubSpot lead status (hs_lead_status); Salesforce records leave it empty.</param>
/// <param name="StageDates">When the record entered each <see cref="Stage"/> value, where the CRM records it.</param>
/// <param name="Contact">The contact's email, as an import stores it.</param>
/// <param name="ReasonText">Why sales disqualified the lead, in the CRM's words.</param>
public sealed record CrmRecord(
    string ExternalId,
    DateTimeOffset CreatedAt,
    DateTimeOffset ModifiedAt,
    string? Stage = null,
    string? Status = null,
    IReadOnlyDictionary<string, DateTimeOffset>? StageDates = null,
    string? Campaign = null,
    string? Channel = null,
    string? Company = null,
    string? Contact = null,
    string? ReasonText = null,
    DateTimeOffset? FirstFollowUpAt = null,
    decimal? Amount = null,
    DateOnly? CloseDate = null,
    bool? IsWon = null,
    bool? IsClosed = null,
    bool? IsConverted = null,
    DateTimeOffset? ConvertedAt = null)
{
    public DateTimeOffset? EnteredAt(string? stage)
        => stage is not null && StageDates is not null && StageDates.TryGetValue(stage, out var at) ? at : null;
}
