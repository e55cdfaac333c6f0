using AlignmentBot.Domain.Workspaces;
using Quartz;

namespace AlignmentBot.Scheduling.CrmSync;

/// <summary>One recurring job syncs every connected workspace; a one-off job per workspace serves "sync now".</summary>
internal static class CrmSyncJobKeys
{
    public const string Group = "crm-sync";
    private const string NowPrefix = "now:";

    public static readonly JobKey Recurring = new("every-workspace", Group);
    public static readonly TriggerKey RecurringTrigger = new("every-interval", Group);

    public static JobKey Now(WorkspaceId workspaceId) => new(NowPrefix + workspaceId.Value, Group);

    public static bool TryParseNow(JobKey key, out WorkspaceId workspaceId)
    {
        workspaceId = default;
        if (key.Group != Group || !key.Name.StartsWith(NowPrefix, StringComparison.Ordinal) || key.Name.Length == NowPrefix.Length)
        {
            return false;
        }

        workspaceId = new WorkspaceId(key.Name[NowPrefix.Length..]);
        return true;
    }
}
