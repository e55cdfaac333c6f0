namespace AlignmentBot.Application.Sync;

/// <summary>What started a run, shown in its history.</summary>
public enum CrmSyncTrigger
{
    Schedule,
    Chat,
    CommandLine,
    Connect,
    Demo,
}
