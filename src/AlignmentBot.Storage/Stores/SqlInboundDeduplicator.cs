using AlignmentBot.Conversations.Turns;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

/// <summary>
/// Inbound dedupe shared by every instance on the database: the primary key of inbound_activities decides, so a
/// platform retry that a load balancer sends to another instance is still handled once.
/// </summary>
public sealed class SqlInboundDeduplicator(IDbConnectionFactory connections, TimeProvider time) : SqlStore(connections), IInboundDeduplicator
{
    /// <summary>
    /// Slack retries within minutes (hours with Delayed Events), the Bot Framework within seconds. A day is well past
    /// both, and the table stays small: one short row per inbound activity.
    /// </summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(1);

    /// <summary>Inserts one id; affects no row when it is already there.</summary>
    private const string Insert = """
        INSERT INTO inbound_activities (channel_id, activity_id, received_at) VALUES (@channel, @id, @at)
        ON CONFLICT (channel_id, activity_id) DO NOTHING
        """;

    public ValueTask<bool> TryBeginAsync(TurnWorkKey key, CancellationToken cancellationToken) => TryBeginAsync(key.ChannelId, ActivityId(key), cancellationToken);

    /// <summary>The key without its channel, as stored in activity_id: workspace, conversation and the platform's id.</summary>
    public static string ActivityId(TurnWorkKey key) => $"{key.WorkspaceId}/{key.ConversationId}/{key.ItemId}";

    public async ValueTask<bool> TryBeginAsync(string channelId, string activityId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);

        // Kept across restarts of the process; only a power failure in the next moments could forget it.
        await using var relaxed = await Dialect.RelaxDurabilityAsync(connection, cancellationToken);
        await using var command = connection.Command(Insert).With(Dialect, ("@channel", channelId), ("@id", activityId), ("@at", time.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>True when the (channel, id) pair is already recorded.</summary>
    public async ValueTask<bool> SeenAsync(string channelId, string activityId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT 1 FROM inbound_activities WHERE channel_id = @channel AND activity_id = @id")
            .With(Dialect, ("@channel", channelId), ("@id", activityId));
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <summary>Records many ids in one transaction with one prepared statement; ids already there are left alone.</summary>
    public async Task RecordAsync(IReadOnlyList<(string ChannelId, string ActivityId, DateTimeOffset ReceivedAt)> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var relaxed = await Dialect.RelaxDurabilityAsync(connection, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.Command(Insert, transaction).With(Dialect, ("@channel", string.Empty), ("@id", string.Empty), ("@at", batch[0].ReceivedAt));
        await command.PrepareAsync(cancellationToken);
        foreach (var (channelId, activityId, receivedAt) in batch)
        {
            command.Parameters[0].Value = Dialect.ToDb(channelId);
            command.Parameters[1].Value = Dialect.ToDb(activityId);
            command.Parameters[2].Value = Dialect.ToDb(receivedAt);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Deletes ids received before <paramref name="before"/>; returns how many.</summary>
    public async Task<int> ForgetBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command("DELETE FROM inbound_activities WHERE received_at < @before").With(Dialect, "@before", before);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
