namespace AlignmentBot.Conversations.State;

/// <summary>Where conversation state lives between turns (and across restarts and host instances).</summary>
public interface IConversationStateStore
{
    Task<StoredState?> LoadAsync(string workspaceId, string key, CancellationToken cancellationToken);

    /// <summary>
    /// The stored state when its version is no longer <paramref name="knownVersion"/>; null while it still is. Lets a
    /// cache confirm an entry with a key lookup that returns nothing as long as the entry is current.
    /// </summary>
    async Task<StoredState?> LoadIfChangedAsync(string workspaceId, string key, long knownVersion, CancellationToken cancellationToken)
        => await LoadAsync(workspaceId, key, cancellationToken) is { } stored && stored.Version != knownVersion ? stored : null;

    /// <summary>
    /// Writes <paramref name="json"/> as version <paramref name="expectedVersion"/> + 1 if the stored version is still
    /// <paramref name="expectedVersion"/> (0 = not stored yet). False means someone else wrote first: reload and retry.
    /// </summary>
    Task<bool> TrySaveAsync(string workspaceId, string key, string json, long expectedVersion, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Removes the state (a person asked to be forgotten); nothing when there is none.</summary>
    Task DeleteAsync(string workspaceId, string key, CancellationToken cancellationToken);
}
