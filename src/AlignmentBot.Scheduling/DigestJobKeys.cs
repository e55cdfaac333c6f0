using AlignmentBot.Application.Digests;
using AlignmentBot.Domain.Workspaces;
using Quartz;

namespace AlignmentBot.Scheduling;

/// <summary>
/// A digest job is named by its subscription id and grouped by workspace ("digest:T0123ABC"), so the job
/// carries its identity and nothing else: the subscription itself lives in our own table, never in a JobDataMap.
/// </summary>
internal static class DigestJobKeys
{
    public const string GroupPrefix = "digest:";
    public const string SystemGroup = "digest-system";

    public static readonly JobKey Maintenance = new("maintenance", SystemGroup);
    public static readonly TriggerKey MaintenanceTrigger = new("maintenance", SystemGroup);

    public static JobKey Job(WorkspaceId workspaceId, Guid subscriptionId) => new(subscriptionId.ToString("N"), GroupPrefix + workspaceId.Value);

    public static JobKey Job(DigestSubscription subscription) => Job(subscription.WorkspaceId, subscription.Id);

    public static TriggerKey Trigger(DigestSubscription subscription) => new(subscription.Id.ToString("N"), GroupPrefix + subscription.WorkspaceId.Value);

    /// <summary>1 to 100, fixed per subscription and spread evenly, whatever workspace it belongs to.</summary>
    public static int Priority(DigestSubscription subscription)
        => (int)(BitConverter.ToUInt32(subscription.Id.ToByteArray(), 0) % 100) + 1;

    public static bool IsDigestGroup(string group) => group.StartsWith(GroupPrefix, StringComparison.Ordinal);

    public static bool TryParse(JobKey key, out WorkspaceId workspaceId, out Guid subscriptionId)
    {
        workspaceId = default;
        subscriptionId = default;
        if (!IsDigestGroup(key.Group) || key.Group.Length == GroupPrefix.Length || !Guid.TryParseExact(key.Name, "N", out subscriptionId))
        {
            return false;
        }

        workspaceId = new WorkspaceId(key.Group[GroupPrefix.Length..]);
        return true;
    }
}
