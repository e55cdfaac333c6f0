namespace AlignmentBot.Integrations.Crm.StandIns;

/// <summary>
/// A person in the stand-in CRM: a HubSpot contact, and the same person as a Salesforce lead. Mutable, so a test can
/// change a record between two syncs (then call <see cref="CrmFixture.Touch"/>).
/// </summary>
public sealed class FixtureContact
{
    public required long Id { get; init; }

    public required DateTimeOffset CreatedAt { get; set; }

    public required DateTimeOffset ModifiedAt { get; set; }

    /// <summary>HubSpot lifecyclestage: subscriber, lead, marketingqualifiedlead, salesqualifiedlead, opportunity, customer, or a custom stage id.</summary>
    public string? LifecycleStage { get; set; }

    /// <summary>HubSpot hs_lead_status: NEW, OPEN, IN_PROGRESS, CONNECTED, UNQUALIFIED, BAD_TIMING, ...</summary>
    public string? LeadStatus { get; set; }

    /// <summary>When the contact entered each lifecycle stage (hs_v2_date_entered_{stage}).</summary>
    public Dictionary<string, DateTimeOffset> StageDates { get; } = new(StringComparer.Ordinal);

    public string? Email { get; set; }

    public string? Company { get; set; }

    /// <summary>HubSpot hs_analytics_source: ORGANIC_SEARCH, PAID_SEARCH, EMAIL_MARKETING, ...</summary>
    public string? Source { get; set; }

    public string? Campaign { get; set; }

    public DateTimeOffset? FirstEngagementAt { get; set; }

    /// <summary>Why sales disqualified the lead (a custom field: "disqualification_reason" in HubSpot, "Disqualification_Reason__c" in Salesforce).</summary>
    public string? ReasonText { get; set; }

    /// <summary>Salesforce Lead Status: New, Open - Not Contacted, Working - Contacted, Closed - Converted, Closed - Not Converted, Nurturing.</summary>
    public string? SalesforceStatus { get; set; }

    /// <summary>LeadHistory rows for Status: the values it changed to, and when.</summary>
    public List<(string Value, DateTimeOffset At)> StatusHistory { get; } = [];

    public bool IsConverted { get; set; }

    public DateOnly? ConvertedDate { get; set; }

    /// <summary>Salesforce LeadSource: Web, Phone Inquiry, Partner Referral, Purchased List, Other.</summary>
    public string? LeadSource { get; set; }

    /// <summary>Salesforce's 18-character Lead id for this person.</summary>
    public string SalesforceId => "00Q5g00000" + Id.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
}
