namespace AlignmentBot.Application.Sync;

/// <summary>The "Sync" configuration section (the HubSpot and Salesforce subsections belong to the protocol clients).</summary>
public sealed class CrmSyncOptions
{
    public const string Section = "Sync";

    /// <summary>False: this instance schedules no syncs ("sync now" and the command line still work).</summary>
    public bool SchedulerEnabled { get; set; } = true;

    /// <summary>How often every connected workspace is synced.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a run holds its workspace without storing a page. A run renews it with every page; a process that dies
    /// holding it blocks the workspace's next run for at most this long, and that run continues from the last saved page.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(10);
}
