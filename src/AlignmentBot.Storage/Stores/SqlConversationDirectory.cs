using System.Text.Json;
using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

public sealed class SqlConversationDirectory(IDbConnectionFactory connections) : SqlStore(connections), IConversationDirectory
{
    public async Task RememberAsync(ConversationAddress address, string? personId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, """
            INSERT INTO conversation_references (workspace_id, conversation_key, channel_id, address, first_seen_at, last_seen_at, person_id)
            VALUES (@ws, @key, @channel, @address, @at, @at, @person)
            ON CONFLICT (workspace_id, conversation_key) DO UPDATE SET address = excluded.address, last_seen_at = excluded.last_seen_at,
                person_id = COALESCE(excluded.person_id, conversation_references.person_id)
            """, cancellationToken,
            ("@ws", address.WorkspaceId), ("@key", address.Key), ("@channel", address.ChannelId),
            ("@address", JsonSerializer.Serialize(address, StorageJsonContext.Default.ConversationAddress)), ("@at", now),
            ("@person", address.IsGroup ? null : personId));
    }

    public Task<IReadOnlyList<ConversationAddress>> ListAsync(string workspaceId, CancellationToken cancellationToken)
        => QueryAsync("SELECT address FROM conversation_references WHERE workspace_id = @ws ORDER BY first_seen_at",
            r => JsonSerializer.Deserialize(r.GetString(0), StorageJsonContext.Default.ConversationAddress)!, cancellationToken, ("@ws", workspaceId));

    public async Task<ConversationAddress?> FindAsync(string workspaceId, string conversationKey, CancellationToken cancellationToken)
        => (await QueryAsync("SELECT address FROM conversation_references WHERE workspace_id = @ws AND conversation_key = @key",
            r => JsonSerializer.Deserialize(r.GetString(0), StorageJsonContext.Default.ConversationAddress)!, cancellationToken, ("@ws", workspaceId), ("@key", conversationKey))).SingleOrDefault();
    public async Task<bool> ForgetAsync(string workspaceId, string conversationKey, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command("DELETE FROM conversation_references WHERE workspace_id = @ws AND conversation_key = @key")
            .With(Dialect, ("@ws", workspaceId), ("@key", conversationKey));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }
}
