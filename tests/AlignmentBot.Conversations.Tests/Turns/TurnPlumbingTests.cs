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
