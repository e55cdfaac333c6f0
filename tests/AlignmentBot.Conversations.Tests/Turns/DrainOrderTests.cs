using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Conversations.Tests.Turns;

/// <summary>
/// A deploy's stop runs through the generic host, which stops its services one by one in reverse order of
/// registration. The turn queue is registered before the schedulers, so without more it would drain last, after a
/// scheduler that waits for its jobs may have spent the host's whole stop budget.
/// </summary>
public sealed class DrainOrderTests
{
    [Fact]
    public async Task HostStop_AServiceAfterTheQueueStopsSlowly_TheQueueDrainsFirstAndReleasesItsInboxRows()
    {
        using var cache = new MemoryCache(new MemoryCacheOptions());
        var inbox = new DurableRecordingInbox(new MemoryTurnInbox(cache));
        using var turns = new BackgroundTurns(
            inbox, new TurnWorkTypes([]), new TransientDatabaseFaults(),
            Options.Create(new BackgroundTurnsOptions { Capacity = 10, Concurrency = 1 }),
            Options.Create(new InboxOptions { DrainTimeout = TimeSpan.FromMilliseconds(200) }),
            new TestServices().Add<ITurnWorkHandler<StuckWork>>(new StuckWorkHandler()),
            TimeProvider.System, NullLogger<BackgroundTurns>.Instance);
        var slow = new SlowToStop();

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(1));
        builder.Services.AddSingleton<IHostedService>(turns);
        builder.Services.AddSingleton<IHostedService>(slow);
        using var host = builder.Build();
        await host.StartAsync();

        var key = new TurnWorkKey("slack", "T1", "D1", "event:Ev1");
        var running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Assert.True(await turns.TryEnqueueAsync(new StuckWork(key, running), default));
        await running.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await host.StopAsync();

        // The slow service used up the stop budget, yet the turn queue had already drained and given its row back.
        Assert.True(slow.WaitedForCancellation, "the slow service was not stopped, or not slowly");
        Assert.Equal([key], inbox.Released);
        Assert.True(inbox.ReleasedBeforeSlowStop(slow), "the inbox rows were released after the slow service stopped");
    }

    private sealed record StuckWork(TurnWorkKey Key, TaskCompletionSource Running) : IInboxWork
    {
        public string Description => "a turn that never finishes by itself";
    }

    private sealed class StuckWorkHandler : ITurnWorkHandler<StuckWork>
    {
        public async Task HandleAsync(StuckWork work, ITurnJournal journal, CancellationToken cancellationToken)
        {
            work.Running.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }

    /// <summary>Stops only when the host's stop budget runs out, like a scheduler waiting for a long job.</summary>
    private sealed class SlowToStop : IHostedService
    {
        public DateTimeOffset? StopBegan { get; private set; }

        public bool WaitedForCancellation { get; private set; }

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public async Task StopAsync(CancellationToken cancellationToken)
        {
            StopBegan = DateTimeOffset.UtcNow;
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                WaitedForCancellation = true;
            }
        }
    }

    /// <summary>The memory inbox, said to be durable, recording which rows were released and when.</summary>
    private sealed class DurableRecordingInbox(ITurnInbox inner) : ITurnInbox
    {
        private DateTimeOffset? _releasedAt;

        public List<TurnWorkKey> Released { get; } = [];

        public bool IsDurable => true;

        public string Owner => inner.Owner;

        public bool IsShared => false;

        public bool ReleasedBeforeSlowStop(SlowToStop slow) => _releasedAt is { } at && slow.StopBegan is { } began && at <= began;

        public Task<bool> AddAsync(InboxEntry entry, DateTimeOffset leaseUntil, CancellationToken cancellationToken) => inner.AddAsync(entry, leaseUntil, cancellationToken);

        public Task<IReadOnlyList<InboxEntry>> ClaimAsync(InboxClaim claim, CancellationToken cancellationToken) => inner.ClaimAsync(claim, cancellationToken);

        public Task RenewAsync(DateTimeOffset leaseUntil, CancellationToken cancellationToken) => inner.RenewAsync(leaseUntil, cancellationToken);

        public Task SaveAnswerAsync(TurnWorkKey key, string answerType, string answer, CancellationToken cancellationToken) => inner.SaveAnswerAsync(key, answerType, answer, cancellationToken);

        public Task DeliveredAsync(TurnWorkKey key, int steps, bool last, CancellationToken cancellationToken) => inner.DeliveredAsync(key, steps, last, cancellationToken);

        public void Complete(TurnWorkKey key, DateTimeOffset at) => inner.Complete(key, at);

        public void Defer(TurnWorkKey key, int attempts, DateTimeOffset nextAttemptAt, string reason) => inner.Defer(key, attempts, nextAttemptAt, reason);

        public void Fail(TurnWorkKey key, int attempts, string reason, DateTimeOffset at) => inner.Fail(key, attempts, reason, at);

        public Task ReleaseAsync(IReadOnlyCollection<TurnWorkKey> keys, CancellationToken cancellationToken)
        {
            // A database call with a cancelled token does not happen.
            cancellationToken.ThrowIfCancellationRequested();
            Released.AddRange(keys);
            _releasedAt = DateTimeOffset.UtcNow;
            return Task.CompletedTask;
        }

        public Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
    }
}
