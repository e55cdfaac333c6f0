namespace AlignmentBot.Conversations.State;

/// <summary>
/// Short-lived items that every host instance must be able to read, such as a form waiting to be opened from a
/// button posted by another instance. Registered only when instances share a database; a single process keeps
/// such items in memory.
/// </summary>
public interface ISharedItemStore
{
    /// <summary>Stores (or replaces) <paramref name="json"/> under <paramref name="scope"/>/<paramref name="key"/> until <paramref name="expiresAt"/>.</summary>
    Task PutAsync(string scope, string key, string json, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>The item, or null when there is none or it expired before <paramref name="now"/>.</summary>
    Task<string?> GetAsync(string scope, string key, DateTimeOffset now, CancellationToken cancellationToken);
}
