using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AlignmentBot.Conversations.Tests.Turns;

public sealed class TurnPlumbingTests
{
    [Fact]
    public async Task Dedupe_SameActivityTwice_IsHandledOnce()
    {
        using var cache = new MemoryCache(new MemoryCacheOptions());
        var dedupe = new MemoryInboundDeduplicator(cache);

        Assert.True(await dedupe.TryBeginAsync(new TurnWorkKey("slack", "T1", "C1", "Ev1"), default));
        Assert.False(await dedupe.TryBeginAsync(new TurnWorkKey("slack", "T1", "C1", "Ev1"), default));
        Assert.True(await dedupe.TryBeginAsync(new TurnWorkKey("msteams", "T1", "C1", "Ev1"), default));
        Assert.True(await dedupe.TryBeginAsync(new TurnWorkKey("msteams", "T1", "C2", "Ev1"), default));
    }

    [Fact]
    public async Task BackgroundTurns_FullQueue_RefusesInsteadOfGrowing()
    {
        using var turns = Queue(new BackgroundTurnsOptions { Capacity = 2, Concurrency = 1 });

        // Not started: nothing drains the queue.
        Assert.True(await turns.TryEnqueueAsync(Work.Doing("a", _ => Task.CompletedTask), default));
        Assert.True(await turns.TryEnqueueAsync(Work.Doing("b", _ => Task.CompletedTask), default));
        Assert.False(await turns.TryEnqueueAsync(Work.Doing("c", _ => Task.CompletedTask), default));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task BackgroundTurns_FullQueue_RefusesOnlyAfterHoldingTheCallerForTheWait()
    {
        using var turns = Queue(new BackgroundTurnsOptions { Capacity = 1, Concurrency = 1, FullQueueWait = TimeSpan.FromMilliseconds(300) });

        // Not started: nothing drains the queue, so the wait runs out.
        Assert.True(await turns.EnqueueAsync(Work.Doing("fills the queue", _ => Task.CompletedTask), default));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.False(await turns.EnqueueAsync(Work.Doing("refused", _ => Task.CompletedTask), default));
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(250), $"gave up after {watch.Elapsed}");
    }

    [Fact]
    public async Task BackgroundTurns_FullQueue_HeldCallerGetsInWhenRoomFrees()
    {
        using var turns = Queue(new BackgroundTurnsOptions { Capacity = 1, Concurrency = 1, FullQueueWait = TimeSpan.FromSeconds(2) });
        await turns.StartAsync(default);
        var running = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var done = new TaskCompletionSource();
        var ran = new List<string>();
        void Ran(string name) { lock (ran) { ran.Add(name); } }

        Assert.True(await turns.EnqueueAsync(Work.Doing("running", async _ => { running.SetResult(); await release.Task; Ran("running"); }), default));
        await running.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(await turns.EnqueueAsync(Work.Doing("queued", _ => { Ran("queued"); return Task.CompletedTask; }), default));

        // The worker is busy and the queue is full: this caller is held, not refused. Neither a refusal nor a place in
        // the queue can be decided before the worker moves on, so the call cannot have completed when it returns.
        var held = turns.EnqueueAsync(Work.Doing("held", _ => { Ran("held"); done.SetResult(); return Task.CompletedTask; }), default).AsTask();
        Assert.False(held.IsCompleted);
        release.SetResult();

        Assert.True(await held.WaitAsync(TimeSpan.FromSeconds(10)), "the held caller was refused instead of let in");
        await done.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["running", "queued", "held"], ran);
        await turns.StopAsync(default);
    }

    [Fact]
    public async Task BackgroundTurns_Started_RunsQueuedWorkAndSurvivesAFailingTurn()
    {
        using var turns = Queue(new BackgroundTurnsOptions { Capacity = 10, Concurrency = 2 });
        await turns.StartAsync(default);
        var done = new TaskCompletionSource();

        Assert.True(await turns.TryEnqueueAsync(Work.Doing("fails", _ => throw new InvalidOperationException("boom")), default));
        Assert.True(await turns.TryEnqueueAsync(Work.Doing("works", _ => { done.SetResult(); return Task.CompletedTask; }), default));

        await done.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await turns.StopAsync(default);
    }

    [Fact]
    public async Task BackgroundTurns_MustNotDropWhileFull_TakesAReservedPlaceAndRuns()
    {
        using var turns = Queue(new BackgroundTurnsOptions { Capacity = 1, Concurrency = 1, ReservedCapacity = 1 });
        var ran = new List<string>();
        var done = new TaskCompletionSource();
        void Ran(string name) { lock (ran) { ran.Add(name); } }

        // Not started: the queue stays full.
        Assert.True(await turns.TryEnqueueAsync(Work.Doing("queued", _ => { Ran("queued"); return Task.CompletedTask; }), default));
        Assert.False(await turns.TryEnqueueAsync(Work.Doing("refused", _ => { Ran("refused"); return Task.CompletedTask; }), default));
        var reserved = turns.EnqueueMustNotDropAsync(Work.Doing("answer", _ => { Ran("answer"); done.SetResult(); return Task.CompletedTask; }), default);

        // Taken at once, without holding the caller.
        Assert.True(reserved.IsCompletedSuccessfully);
        await turns.StartAsync(default);
        await done.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await turns.StopAsync(default);
        Assert.Equal(["answer", "queued"], ran);
    }

    [Fact]
    public async Task BackgroundTurns_MustNotDropWhileQueueAndReserveAreFull_WaitsForRoomInsteadOfRefusing()
    {
        using var turns = Queue(new BackgroundTurnsOptions { Capacity = 1, Concurrency = 1, ReservedCapacity = 0 });
        await turns.StartAsync(default);
        var running = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var done = new TaskCompletionSource();
        Assert.True(await turns.TryEnqueueAsync(Work.Doing("running", async _ => { running.SetResult(); await release.Task; }), default));
        await running.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(await turns.TryEnqueueAsync(Work.Doing("queued", _ => Task.CompletedTask), default));

        var held = turns.EnqueueMustNotDropAsync(Work.Doing("answer", _ => { done.SetResult(); return Task.CompletedTask; }), default).AsTask();
        Assert.False(held.IsCompleted);
        release.SetResult();

        await held.WaitAsync(TimeSpan.FromSeconds(10));
        await done.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await turns.StopAsync(default);
    }

    [Fact]
    public async Task BackgroundTurns_MustNotDropAfterStop_RunsOnTheCaller()
    {
        using var turns = Queue(new BackgroundTurnsOptions { Capacity = 1, Concurrency = 1, ReservedCapacity = 1 });
        await turns.StartAsync(default);
        await turns.StopAsync(default);
        var ran = false;

        Assert.False(await turns.TryEnqueueAsync(Work.Doing("refused", _ => Task.CompletedTask), default));
        await turns.EnqueueMustNotDropAsync(Work.Doing("answer", _ => { ran = true; return Task.CompletedTask; }), default);

        Assert.True(ran);
    }

    [Fact]
    public async Task BackgroundTurns_StopWhileATurnRuns_WaitsForItToFinish()
    {
        using var turns = Queue(new BackgroundTurnsOptions { Capacity = 10, Concurrency = 1 });
        await turns.StartAsync(default);
        var running = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var finished = false;
        Assert.True(await turns.TryEnqueueAsync(Work.Doing("running", async _ => { running.SetResult(); await release.Task; finished = true; }), default));
        await running.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var stop = turns.StopAsync(default);

        // Stopping refuses new work at once, and waits for the turn in flight.
        Assert.False(await turns.TryEnqueueAsync(Work.Doing("late", _ => Task.CompletedTask), default));
        Assert.False(stop.IsCompleted);
        release.SetResult();
        await stop.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(finished);
    }

    [Fact]
    public async Task BackgroundTurns_TurnOutlastsTheDrainBudget_IsCancelledAndStopCompletes()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        using var turns = Queue(new BackgroundTurnsOptions { Capacity = 10, Concurrency = 1 }, new InboxOptions { DrainTimeout = TimeSpan.FromSeconds(25) }, time);
        await turns.StartAsync(default);
        var running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Assert.True(await turns.TryEnqueueAsync(Work.Doing("stuck", async ct =>
        {
            running.SetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                cancelled.SetResult();
                throw;
            }
        }), default));
        await running.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var stop = turns.StopAsync(default);
        Assert.False(stop.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(24));
        Assert.False(cancelled.Task.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await stop.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static BackgroundTurns Queue(BackgroundTurnsOptions options, InboxOptions? inbox = null, TimeProvider? time = null)
        => new(
            new MemoryTurnInbox(new MemoryCache(new MemoryCacheOptions())), new TurnWorkTypes([]), new TransientDatabaseFaults(), Options.Create(options), Options.Create(inbox ?? new InboxOptions()),
            new TestServices().Add<ITurnWorkHandler<Work>>(new WorkHandler()), time ?? TimeProvider.System, NullLogger<BackgroundTurns>.Instance);

    private sealed record Work(string Name, Func<CancellationToken, Task> Body) : ITurnWork
    {
        public string Description => Name;

        public static Work Doing(string name, Func<CancellationToken, Task> body) => new(name, body);
    }

    private sealed class WorkHandler : ITurnWorkHandler<Work>
    {
        public Task HandleAsync(Work work, ITurnJournal journal, CancellationToken cancellationToken) => work.Body(cancellationToken);
    }
}
