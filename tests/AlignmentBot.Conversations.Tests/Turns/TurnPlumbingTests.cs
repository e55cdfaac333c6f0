using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Conversations.Tests.Turns;

public sealed class TurnPlumbingTests
{
    [Fact]
    public async Task Dedupe_SameActivityTwice_IsHandledOnce()
    {
        using var cache = new MemoryCache(new MemoryCacheOptions());
        var dedupe = new MemoryInboundDeduplicator(cache);

        Assert.True(await dedupe.TryBeginAsync("slack", "Ev1", default));
        Assert.False(await dedupe.TryBeginAsync("slack", "Ev1", default));
        Assert.True(await dedupe.TryBeginAsync("msteams", "Ev1", default));
    }

    [Fact]
    public async Task BackgroundTurns_FullQueue_RefusesInsteadOfGrowing()
    {
        using var turns = Queue(new BackgroundTurnsOptions { Capacity = 2, Concurrency = 1 });

        // Not started: nothing drains the queue.
        Assert.True(turns.TryEnqueue(Work.Doing("a", _ => Task.CompletedTask)));
        Assert.True(turns.TryEnqueue(Work.Doing("b", _ => Task.CompletedTask)));
        Assert.False(turns.TryEnqueue(Work.Doing("c", _ => Task.CompletedTask)));
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

        Assert.True(turns.TryEnqueue(Work.Doing("fails", _ => throw new InvalidOperationException("boom"))));
        Assert.True(turns.TryEnqueue(Work.Doing("works", _ => { done.SetResult(); return Task.CompletedTask; })));

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
        Assert.True(turns.TryEnqueue(Work.Doing("queued", _ => { Ran("queued"); return Task.CompletedTask; })));
        Assert.False(turns.TryEnqueue(Work.Doing("refused", _ => { Ran("refused"); return Task.CompletedTask; })));
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
        Assert.True(turns.TryEnqueue(Work.Doing("running", async _ => { running.SetResult(); await release.Task; })));
        await running.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(turns.TryEnqueue(Work.Doing("queued", _ => Task.CompletedTask)));

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

        Assert.False(turns.TryEnqueue(Work.Doing("refused", _ => Task.CompletedTask)));
        await turns.EnqueueMustNotDropAsync(Work.Doing("answer", _ => { ran = true; return Task.CompletedTask; }), default);

        Assert.True(ran);
    }

    private static BackgroundTurns Queue(BackgroundTurnsOptions options)
        => new(Options.Create(options), new TestServices().Add<ITurnWorkHandler<Work>>(new WorkHandler()), NullLogger<BackgroundTurns>.Instance);

    private sealed record Work(string Name, Func<CancellationToken, Task> Body) : ITurnWork
    {
        public string Description => Name;

        public static Work Doing(string name, Func<CancellationToken, Task> body) => new(name, body);
    }

    private sealed class WorkHandler : ITurnWorkHandler<Work>
    {
        public Task HandleAsync(Work work, CancellationToken cancellationToken) => work.Body(cancellationToken);
    }
}
