namespace AlignmentBot.Application.Sync;

/// <summary>What a CRM stage or status value counts as in the funnel.</summary>
public enum CrmFunnelStage
{
    /// <summary>Not counted: the lead is kept but appears in no funnel number.</summary>
    Ignore,
    Inquiry,
    Mql,
    Sal,
    Sql,
    Opportunity,
    Won,
    Lost,

    /// <summary>Sales disqualified the lead; the reason comes from the CRM's reason field, or "other".</summary>
    Rejected,

    /// <summary>Sent back to marketing: rejected as not in market.</summary>
    Nurture,
}
