namespace AlignmentBot.Conversations.State;

/// <summary>Where conversation state lives between turns (and across restarts and host instances).</summary>
public interface IConversationStateStore
{
    Task<StoredState?> LoadAsync(string workspaceId, string key, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="json"/> as version <paramref name="expectedVersion"/> + 1 if the stored version is still
    /// <paramref name="expectedVersion"/> (0 = not stored yet). False means someone else wrote first: reload and retry.
    /// </summary>
    Task<bool> TrySaveAsync(string workspaceId, string key, string json, long expectedVersion, DateTimeOffset now, CancellationToken cancellationToken);
}
