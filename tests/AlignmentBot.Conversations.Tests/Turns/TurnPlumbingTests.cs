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
        using var turns = new BackgroundTurns(Options.Create(new BackgroundTurnsOptions { Capacity = 2, Concurrency = 1 }), NullLogger<BackgroundTurns>.Instance);

        // Not started: nothing drains the queue.
        Assert.True(turns.TryEnqueue("a", _ => Task.CompletedTask));
        Assert.True(turns.TryEnqueue("b", _ => Task.CompletedTask));
        Assert.False(turns.TryEnqueue("c", _ => Task.CompletedTask));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task BackgroundTurns_FullQueue_RefusesOnlyAfterHoldingTheCallerForTheWait()
    {
        using var turns = new BackgroundTurns(
            Options.Create(new BackgroundTurnsOptions { Capacity = 1, Concurrency = 1, FullQueueWait = TimeSpan.FromMilliseconds(300) }),
            NullLogger<BackgroundTurns>.Instance);

        // Not started: nothing drains the queue, so the wait runs out.
        Assert.True(await turns.EnqueueAsync("fills the queue", _ => Task.CompletedTask, default));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.False(await turns.EnqueueAsync("refused", _ => Task.CompletedTask, default));
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(250), $"gave up after {watch.Elapsed}");
    }

    [Fact]
    public async Task BackgroundTurns_FullQueue_HeldCallerGetsInWhenRoomFrees()
    {
        using var turns = new BackgroundTurns(
            Options.Create(new BackgroundTurnsOptions { Capacity = 1, Concurrency = 1, FullQueueWait = TimeSpan.FromSeconds(2) }),
            NullLogger<BackgroundTurns>.Instance);
        await turns.StartAsync(default);
        var running = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var done = new TaskCompletionSource();
        var ran = new List<string>();
        void Ran(string name) { lock (ran) { ran.Add(name); } }

        Assert.True(await turns.EnqueueAsync("running", async _ => { running.SetResult(); await release.Task; Ran("running"); }, default));
        await running.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(await turns.EnqueueAsync("queued", _ => { Ran("queued"); return Task.CompletedTask; }, default));

        // The worker is busy and the queue is full: this caller is held, not refused. Neither a refusal nor a place in
        // the queue can be decided before the worker moves on, so the call cannot have completed when it returns.
        var held = turns.EnqueueAsync("held", _ => { Ran("held"); done.SetResult(); return Task.CompletedTask; }, default).AsTask();
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
        using var turns = new BackgroundTurns(Options.Create(new BackgroundTurnsOptions { Capacity = 10, Concurrency = 2 }), NullLogger<BackgroundTurns>.Instance);
        await turns.StartAsync(default);
        var done = new TaskCompletionSource();

        Assert.True(turns.TryEnqueue("fails", _ => throw new InvalidOperationException("boom")));
        Assert.True(turns.TryEnqueue("works", _ => { done.SetResult(); return Task.CompletedTask; }));

        await done.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await turns.StopAsync(default);
    }
}
