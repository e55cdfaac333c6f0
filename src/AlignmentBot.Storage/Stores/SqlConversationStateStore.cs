using AlignmentBot.Conversations.State;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

/// <summary>Conversation state with a version column: an update only lands if nobody wrote since it was read.</summary>
public sealed class SqlConversationStateStore(IDbConnectionFactory connections) : SqlStore(connections), IConversationStateStore
{
    public async Task<StoredState?> LoadAsync(string workspaceId, string key, CancellationToken cancellationToken)
        => (await QueryAsync("SELECT version, data, updated_at FROM conversation_state WHERE workspace_id = @ws AND state_key = @key",
            r => new StoredState(Convert.ToInt64(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), r.GetString(1), r.Timestamp("updated_at")),
            cancellationToken, ("@ws", workspaceId), ("@key", key))).SingleOrDefault();

    public async Task<bool> TrySaveAsync(string workspaceId, string key, string json, long expectedVersion, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var sql = expectedVersion == 0
            ? "INSERT INTO conversation_state (workspace_id, state_key, version, data, updated_at) VALUES (@ws, @key, 1, @data, @at) ON CONFLICT (workspace_id, state_key) DO NOTHING"
            : "UPDATE conversation_state SET version = @next, data = @data, updated_at = @at WHERE workspace_id = @ws AND state_key = @key AND version = @expected";
        await using var command = connection.Command(sql).With(Dialect, ("@ws", workspaceId), ("@key", key), ("@data", json), ("@at", now), ("@next", expectedVersion + 1), ("@expected", expectedVersion));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
