using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Digests;

/// <summary>
/// The scheduler where none runs (tests, composition without AlignmentBot.Scheduling): subscriptions are still stored
/// and `digest send --all-due` serves them; AddDigestScheduling replaces this with the Quartz scheduler.
/// </summary>
internal sealed class UnscheduledDigests : IDigestScheduler
{
    public Task ScheduleAsync(DigestSubscription subscription, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task UnscheduleAsync(WorkspaceId workspaceId, Guid subscriptionId, CancellationToken cancellationToken) => Task.CompletedTask;
}
