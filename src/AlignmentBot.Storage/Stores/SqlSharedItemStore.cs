using AlignmentBot.Conversations.State;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

public sealed class SqlSharedItemStore(IDbConnectionFactory connections) : SqlStore(connections), ISharedItemStore
{
    public async Task PutAsync(string scope, string key, string json, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, """
            INSERT INTO shared_items (scope, item_key, data, expires_at) VALUES (@scope, @key, @data, @expires)
            ON CONFLICT (scope, item_key) DO UPDATE SET data = excluded.data, expires_at = excluded.expires_at
            """, cancellationToken, ("@scope", scope), ("@key", key), ("@data", json), ("@expires", expiresAt));
    }

    public async Task<string?> GetAsync(string scope, string key, DateTimeOffset now, CancellationToken cancellationToken)
        => (await QueryAsync("SELECT data FROM shared_items WHERE scope = @scope AND item_key = @key AND expires_at > @now",
            r => r.GetString(0), cancellationToken, ("@scope", scope), ("@key", key), ("@now", now))).SingleOrDefault();

    /// <summary>Deletes items that expired before <paramref name="now"/>; returns how many.</summary>
    public async Task<int> ForgetExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command("DELETE FROM shared_items WHERE expires_at <= @now").With(Dialect, "@now", now);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
