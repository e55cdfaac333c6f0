using AlignmentBot.Application.Digests;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Ports;

/// <summary>
/// Wakes the digest job at each subscription's times (Quartz in AlignmentBot.Scheduling). The subscription
/// table stays the source of truth: the scheduler is brought in line with it at start-up, so a change it missed
/// (a crash between the two writes) is repaired then.
/// </summary>
public interface IDigestScheduler
{
    /// <summary>Creates or replaces the subscription's trigger.</summary>
    Task ScheduleAsync(DigestSubscription subscription, CancellationToken cancellationToken);

    Task UnscheduleAsync(WorkspaceId workspaceId, Guid subscriptionId, CancellationToken cancellationToken);
}
