using System.Text.Json;
using AlignmentBot.Conversations.Dialogs;

namespace AlignmentBot.Conversations.State;

/// <summary>Reads and writes <see cref="ConversationState"/> as JSON with optimistic concurrency.</summary>
public sealed class ConversationStates(IConversationStateStore store)
{
    /// <param name="Reset">The stored state had a shape this build cannot read; the conversation starts fresh.</param>
    public sealed record Loaded(ConversationState State, long Version, bool Reset);

    public async Task<Loaded> LoadAsync(string workspaceId, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await store.LoadAsync(workspaceId, key, cancellationToken);
        if (stored is null)
        {
            return new Loaded(ConversationState.Empty(now), 0, false);
        }

        try
        {
            var state = JsonSerializer.Deserialize(stored.Json, ConversationsJsonContext.Default.ConversationState);
            if (state is not null && state.SchemaVersion == ConversationState.CurrentSchemaVersion)
            {
                return new Loaded(state, stored.Version, false);
            }
        }
        catch (JsonException)
        {
            // Unreadable state must not trap anyone in a broken dialog: start fresh and say so.
        }

        return new Loaded(ConversationState.Empty(now), stored.Version, true);
    }

    public Task<bool> TrySaveAsync(string workspaceId, string key, ConversationState state, long expectedVersion, DateTimeOffset now, CancellationToken cancellationToken)
        => store.TrySaveAsync(workspaceId, key, JsonSerializer.Serialize(state, ConversationsJsonContext.Default.ConversationState), expectedVersion, now, cancellationToken);
}
