namespace AlignmentBot.Application.Sync;

public enum CrmRunState
{
    Running,
    Succeeded,
    Failed,

    /// <summary>The process running it stopped (crash, deploy) before it finished; the next run continued from its last saved page.</summary>
    Interrupted,
}
