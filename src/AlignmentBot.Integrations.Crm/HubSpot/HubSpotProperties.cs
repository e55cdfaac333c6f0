namespace AlignmentBot.Integrations.Crm.HubSpot;

/// <summary>The properties the sync asks for. Lifecycle stage dates come from hs_v2_date_entered_{stage}, or the older hs_lifecyclestage_{stage}_date.</summary>
internal static class HubSpotProperties
{
    public const string ObjectId = "hs_object_id";
    public const string ContactModified = "lastmodifieddate";
    public const string DealModified = "hs_lastmodifieddate";
    public const string Created = "createdate";
    public const string LifecycleStage = "lifecyclestage";
    public const string LeadStatus = "hs_lead_status";
    public const string Email = "email";
    public const string Company = "company";
    public const string OriginalSource = "hs_analytics_source";
    public const string FirstTouchCampaign = "hs_analytics_first_touch_converting_campaign";
    public const string FirstEngagement = "hs_sa_first_engagement_date";
    public const string DealStage = "dealstage";
    public const string Pipeline = "pipeline";
    public const string Amount = "amount";
    public const string CloseDate = "closedate";
    public const string IsClosedWon = "hs_is_closed_won";
    public const string IsClosed = "hs_is_closed";

    public static readonly string[] LifecycleStages = ["subscriber", "lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity", "customer", "evangelist", "other"];

    public static string DateEntered(string stage) => "hs_v2_date_entered_" + stage;

    public static string LegacyStageDate(string stage) => $"hs_lifecyclestage_{stage}_date";

    public static IReadOnlyList<string> Contact(string? reasonProperty)
    {
        var names = new List<string> { ObjectId, Created, ContactModified, LifecycleStage, LeadStatus, Email, Company, OriginalSource, FirstTouchCampaign, FirstEngagement };
        names.AddRange(LifecycleStages.Select(DateEntered));
        names.AddRange(LifecycleStages.Select(LegacyStageDate));
        if (!string.IsNullOrWhiteSpace(reasonProperty))
        {
            names.Add(reasonProperty.Trim());
        }

        return names;
    }

    public static IReadOnlyList<string> Deal { get; } = [ObjectId, Created, DealModified, DealStage, Pipeline, Amount, CloseDate, IsClosedWon, IsClosed, OriginalSource];
}
