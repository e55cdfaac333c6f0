using System.Collections.Concurrent;
using AlignmentBot.Application.Digests;
using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Scheduling.Tests.Support;

internal sealed class FakeDigestScheduler : IDigestScheduler
{
    public ConcurrentDictionary<Guid, DigestSubscription> Scheduled { get; } = new();

    public Task ScheduleAsync(DigestSubscription subscription, CancellationToken cancellationToken)
    {
        Scheduled[subscription.Id] = subscription;
        return Task.CompletedTask;
    }

    public Task UnscheduleAsync(WorkspaceId workspaceId, Guid subscriptionId, CancellationToken cancellationToken)
    {
        Scheduled.TryRemove(subscriptionId, out _);
        return Task.CompletedTask;
    }
}
