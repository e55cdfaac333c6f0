namespace AlignmentBot.Conversations.State;

/// <summary>How far <see cref="CachedConversationStateStore"/> may trust what it remembers.</summary>
public enum StateCachePolicy
{
    /// <summary>This process is the only writer (one host on SQLite): a cached entry is the stored state.</summary>
    TrustCache,

    /// <summary>
    /// Several instances write the same database: every read asks the store whether the version moved, so a turn
    /// never starts from state another instance has replaced.
    /// </summary>
    RevalidateEachRead,
}
