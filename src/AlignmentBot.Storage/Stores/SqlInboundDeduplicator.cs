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

    public async ValueTask<bool> TryBeginAsync(string channelId, string activityId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);

        // Kept across restarts of the process; only a power failure in the next moments could forget it.
        await using var relaxed = await Dialect.RelaxDurabilityAsync(connection, cancellationToken);
        await using var command = connection.Command("""
            INSERT INTO inbound_activities (channel_id, activity_id, received_at) VALUES (@channel, @id, @at)
            ON CONFLICT (channel_id, activity_id) DO NOTHING
            """).With(Dialect, ("@channel", channelId), ("@id", activityId), ("@at", time.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Deletes ids received before <paramref name="before"/>; returns how many.</summary>
    public async Task<int> ForgetBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command("DELETE FROM inbound_activities WHERE received_at < @before").With(Dialect, "@before", before);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
