namespace AlignmentBot.Application.Sync;

public enum CrmSyncOutcome
{
    Synced,
    NotConnected,

    /// <summary>Another run holds the workspace; this one did nothing.</summary>
    Busy,

    /// <summary>At least one CRM could not be synced; what was stored before the failure stays, and the next run continues from there.</summary>
    Failed,
}
