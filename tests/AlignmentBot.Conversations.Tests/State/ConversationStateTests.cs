using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.State;
using Microsoft.Extensions.Caching.Memory;

namespace AlignmentBot.Conversations.Tests.State;

public sealed class ConversationStateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Save_WithTheVersionItWasLoadedAt_SucceedsAndBumpsTheVersion()
    {
        var states = new ConversationStates(new MemoryConversationStateStore());
        var loaded = await states.LoadAsync("ws", "k", Now, default);

        Assert.True(await states.TrySaveAsync("ws", "k", loaded.State with { PendingText = "x" }, loaded.Version, Now, default));

        var again = await states.LoadAsync("ws", "k", Now, default);
        Assert.Equal((1L, "x"), (again.Version, again.State.PendingText));
    }

    [Fact]
    public async Task Save_AfterSomeoneElseWrote_IsRefused()
    {
        var states = new ConversationStates(new MemoryConversationStateStore());
        var mine = await states.LoadAsync("ws", "k", Now, default);
        var theirs = await states.LoadAsync("ws", "k", Now, default);
        Assert.True(await states.TrySaveAsync("ws", "k", theirs.State with { PendingText = "theirs" }, theirs.Version, Now, default));

        Assert.False(await states.TrySaveAsync("ws", "k", mine.State with { PendingText = "mine" }, mine.Version, Now, default));
        Assert.Equal("theirs", (await states.LoadAsync("ws", "k", Now, default)).State.PendingText);
    }

    [Fact]
    public async Task Cache_StaleEntryAfterAnotherInstanceWrote_IsDetectedReloadedAndNeverWrittenBack()
    {
        var shared = new MemoryConversationStateStore();
        using var cacheA = new MemoryCache(new MemoryCacheOptions());
        using var cacheB = new MemoryCache(new MemoryCacheOptions());
        var a = new ConversationStates(new CachedConversationStateStore(shared, cacheA));
        var b = new ConversationStates(new CachedConversationStateStore(shared, cacheB));

        var first = await a.LoadAsync("ws", "k", Now, default);
        Assert.True(await a.TrySaveAsync("ws", "k", first.State with { PendingText = "v1" }, first.Version, Now, default));
        var onB = await b.LoadAsync("ws", "k", Now, default);
        Assert.True(await b.TrySaveAsync("ws", "k", onB.State with { PendingText = "v2 from B" }, onB.Version, Now, default));

        // A still caches v1: its write is refused, the entry evicted, and the next load sees B's state.
        var staleOnA = await a.LoadAsync("ws", "k", Now, default);
        Assert.Equal("v1", staleOnA.State.PendingText);
        Assert.False(await a.TrySaveAsync("ws", "k", staleOnA.State with { PendingText = "stale overwrite" }, staleOnA.Version, Now, default));
        var fresh = await a.LoadAsync("ws", "k", Now, default);
        Assert.Equal(("v2 from B", 2L), (fresh.State.PendingText, fresh.Version));
    }

    [Fact]
    public async Task Cache_ABurstOfConversationsPastTheLimit_StaysWithinItAndEveryStateStillLoads()
    {
        // 1 MB of cache; 2,000 conversations of about 4 KB each would need 8 MB.
        using var limited = new ConversationStateCache(Microsoft.Extensions.Options.Options.Create(new StateCacheOptions { MaxMegabytes = 1 }));
        var store = new CachedConversationStateStore(new MemoryConversationStateStore(), limited.Memory);
        var filler = new string('x', 1_500);
        for (var i = 0; i < 2_000; i++)
        {
            Assert.True(await store.TrySaveAsync("ws", $"c{i}", $"{{\"n\":{i},\"f\":\"{filler}\"}}", 0, Now, default));
        }

        Assert.Equal(4, CachedConversationStateStore.SizeInKilobytes(new StoredState(1, $"{{\"n\":1,\"f\":\"{filler}\"}}", Now)));
        Assert.InRange(limited.Memory.GetCurrentStatistics()!.CurrentEstimatedSize!.Value, 1, 1_024);

        // Dropped entries come back from the store: nothing was lost, only not kept in memory.
        for (var i = 0; i < 2_000; i += 97)
        {
            var loaded = await store.LoadAsync("ws", $"c{i}", default);
            Assert.NotNull(loaded);
            Assert.StartsWith($"{{\"n\":{i},", loaded.Json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Load_UnreadableState_StartsFreshAndSaysSo()
    {
        var store = new MemoryConversationStateStore();
        await store.TrySaveAsync("ws", "k", "{ not json", 0, Now, default);

        var loaded = await new ConversationStates(store).LoadAsync("ws", "k", Now, default);

        Assert.True(loaded.Reset);
        Assert.Empty(loaded.State.Stack);
        Assert.Equal(1, loaded.Version);
    }

    [Fact]
    public async Task Load_NewerSchemaThanThisBuild_StartsFresh()
    {
        var store = new MemoryConversationStateStore();
        await store.TrySaveAsync("ws", "k", "{\"SchemaVersion\":99,\"Stack\":[],\"LastActivityAt\":\"2026-11-23T00:00:00+00:00\"}", 0, Now, default);

        Assert.True((await new ConversationStates(store).LoadAsync("ws", "k", Now, default)).Reset);
    }
}
