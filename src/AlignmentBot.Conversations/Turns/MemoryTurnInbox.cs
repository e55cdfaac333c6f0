using Microsoft.Extensions.Caching.Memory;

namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// The inbox without a database: keys are remembered for an hour so a platform retry is not done twice, and nothing
/// survives the process. Used by hosts and tests that run a channel without storage.
/// </summary>
public sealed class MemoryTurnInbox(IMemoryCache cache) : ITurnInbox
{
    public static readonly TimeSpan Retention = MemoryInboundDeduplicator.Retention;

    private readonly Lock _gate = new();

    public bool IsDurable => false;

    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    public bool IsShared => false;

    public Task<bool> AddAsync(InboxEntry entry, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var key = "inbox:" + entry.Key;
        lock (_gate)
        {
            if (cache.TryGetValue(key, out _))
            {
                return Task.FromResult(false);
            }

            cache.Set(key, true, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Retention, Size = 1 });
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<InboxEntry>> ClaimAsync(InboxClaim claim, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<InboxEntry>>([]);

    public Task RenewAsync(DateTimeOffset leaseUntil, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SaveAnswerAsync(TurnWorkKey key, string answerType, string answer, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task DeliveredAsync(TurnWorkKey key, int steps, bool last, CancellationToken cancellationToken) => Task.CompletedTask;

    public void Complete(TurnWorkKey key, DateTimeOffset at)
    {
    }

    public void Defer(TurnWorkKey key, int attempts, DateTimeOffset nextAttemptAt, string reason)
    {
    }

    public void Fail(TurnWorkKey key, int attempts, string reason, DateTimeOffset at)
    {
    }

    public Task ReleaseAsync(IReadOnlyCollection<TurnWorkKey> keys, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
