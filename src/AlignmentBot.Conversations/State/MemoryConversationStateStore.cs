using System.Collections.Concurrent;

namespace AlignmentBot.Conversations.State;

/// <summary>In-process store, for tests and the terminal chat without a database.</summary>
public sealed class MemoryConversationStateStore : IConversationStateStore
{
    private readonly ConcurrentDictionary<(string, string), StoredState> _states = new();

    public Task<StoredState?> LoadAsync(string workspaceId, string key, CancellationToken cancellationToken)
        => Task.FromResult(_states.TryGetValue((workspaceId, key), out var state) ? state : null);

    public Task<bool> TrySaveAsync(string workspaceId, string key, string json, long expectedVersion, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var next = new StoredState(expectedVersion + 1, json, now);
        if (expectedVersion == 0)
        {
            return Task.FromResult(_states.TryAdd((workspaceId, key), next));
        }

        return Task.FromResult(_states.TryGetValue((workspaceId, key), out var current) && current.Version == expectedVersion && _states.TryUpdate((workspaceId, key), next, current));
    }

    public Task DeleteAsync(string workspaceId, string key, CancellationToken cancellationToken)
    {
        _states.TryRemove((workspaceId, key), out _);
        return Task.CompletedTask;
    }
}
