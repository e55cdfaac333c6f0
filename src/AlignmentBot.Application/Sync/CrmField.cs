namespace AlignmentBot.Application.Sync;

/// <summary>A lead field whose values the stage mapping translates.</summary>
public enum CrmField
{
    /// <summary>HubSpot <c>lifecyclestage</c>.</summary>
    LifecycleStage,

    /// <summary>HubSpot <c>hs_lead_status</c>; Salesforce Lead <c>Status</c>.</summary>
    LeadStatus,
}
