using System.Data.Common;
using AlignmentBot.Conversations.State;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

/// <summary>Conversation state with a version column: an update only lands if nobody wrote since it was read.</summary>
public sealed class SqlConversationStateStore(IDbConnectionFactory connections) : SqlStore(connections), IConversationStateStore
{
    private const string Select = "SELECT version, data, updated_at FROM conversation_state WHERE workspace_id = @ws AND state_key = @key";

    public async Task<StoredState?> LoadAsync(string workspaceId, string key, CancellationToken cancellationToken)
        => (await QueryAsync(Select, Map, cancellationToken, ("@ws", workspaceId), ("@key", key))).SingleOrDefault();

    // The primary-key lookup returns no row, and so no data, while the cached version is still the stored one.
    public async Task<StoredState?> LoadIfChangedAsync(string workspaceId, string key, long knownVersion, CancellationToken cancellationToken)
        => (await QueryAsync(Select + " AND version <> @known", Map, cancellationToken, ("@ws", workspaceId), ("@key", key), ("@known", knownVersion))).SingleOrDefault();

    public async Task<bool> TrySaveAsync(string workspaceId, string key, string json, long expectedVersion, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);

        // The dialog's latest step: lost in a power failure, the person is asked the same question again.
        await using var relaxed = await Dialect.RelaxDurabilityAsync(connection, cancellationToken);
        var sql = expectedVersion == 0
            ? "INSERT INTO conversation_state (workspace_id, state_key, version, data, updated_at) VALUES (@ws, @key, 1, @data, @at) ON CONFLICT (workspace_id, state_key) DO NOTHING"
            : "UPDATE conversation_state SET version = @next, data = @data, updated_at = @at WHERE workspace_id = @ws AND state_key = @key AND version = @expected";
        await using var command = expectedVersion == 0
            ? connection.Command(sql).With(Dialect, ("@ws", workspaceId), ("@key", key), ("@data", json), ("@at", now))
            : connection.Command(sql).With(Dialect, ("@ws", workspaceId), ("@key", key), ("@data", json), ("@at", now), ("@next", expectedVersion + 1), ("@expected", expectedVersion));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task DeleteAsync(string workspaceId, string key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "DELETE FROM conversation_state WHERE workspace_id = @ws AND state_key = @key", cancellationToken, ("@ws", workspaceId), ("@key", key));
    }

    private static StoredState Map(DbDataReader r)
        => new(Convert.ToInt64(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), r.GetString(1), r.Timestamp("updated_at"));
}
