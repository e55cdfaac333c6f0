namespace AlignmentBot.Conversations.State;

/// <summary>Serialised conversation state with the version that optimistic concurrency compares.</summary>
public sealed record StoredState(long Version, string Json, DateTimeOffset UpdatedAt);
