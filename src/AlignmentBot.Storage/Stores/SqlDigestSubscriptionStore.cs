using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Digests;
using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

public sealed partial class SqlDigestSubscriptionStore(IDbConnectionFactory connections, AuditTrail? audit = null) : SqlStore(connections, audit), IDigestSubscriptionStore
{
    private const string Columns = "workspace_id, id, audience, channel_id, conversation_key, address, day_of_week, time_of_day, time_zone, every_weeks, week_start, anchor_date, created_at, created_by, schedule_changed_at, changed_by";

    public async Task<DigestSubscription?> GetAsync(WorkspaceId workspaceId, Guid id, CancellationToken cancellationToken)
        => (await QueryAsync($"SELECT {Columns} FROM digest_subscriptions WHERE workspace_id = @ws AND id = @id", Map, cancellationToken,
            ("@ws", workspaceId.Value), ("@id", id))).SingleOrDefault();

    public Task<IReadOnlyList<DigestSubscription>> ListAsync(WorkspaceId workspaceId, CancellationToken cancellationToken)
        => QueryAsync($"SELECT {Columns} FROM digest_subscriptions WHERE workspace_id = @ws ORDER BY created_at, id", Map, cancellationToken, ("@ws", workspaceId.Value));

    public Task<IReadOnlyList<DigestSubscription>> ListForConversationAsync(WorkspaceId workspaceId, string conversationKey, CancellationToken cancellationToken)
        => QueryAsync($"SELECT {Columns} FROM digest_subscriptions WHERE workspace_id = @ws AND conversation_key = @key ORDER BY created_at, id", Map, cancellationToken,
            ("@ws", workspaceId.Value), ("@key", conversationKey));

    public async Task SaveAsync(DigestSubscription subscription, CancellationToken cancellationToken)
    {
        if (subscription.Address.WorkspaceId != subscription.WorkspaceId.Value)
        {
            throw new ArgumentException("A subscription's conversation must belong to its workspace.", nameof(subscription));
        }

        await InTransactionAsync((connection, transaction) => SaveAsync(connection, transaction, subscription, cancellationToken), cancellationToken);
    }

    private async Task SaveAsync(DbConnection connection, DbTransaction transaction, DigestSubscription subscription, CancellationToken cancellationToken)
    {
        var before = await FindAsync(connection, transaction, $"SELECT {Columns} FROM digest_subscriptions WHERE workspace_id = @ws AND id = @id", Map, cancellationToken,
            ("@ws", subscription.WorkspaceId.Value), ("@id", subscription.Id));
        var schedule = subscription.Schedule;
        await ExecuteAsync(connection, transaction, $"""
            INSERT INTO digest_subscriptions ({Columns})
            VALUES (@ws, @id, @audience, @channel, @key, @address, @day, @time, @tz, @every, @weekStart, @anchor, @createdAt, @createdBy, @changedAt, @changedBy)
            ON CONFLICT (workspace_id, id) DO UPDATE SET audience = excluded.audience, channel_id = excluded.channel_id,
                conversation_key = excluded.conversation_key, address = excluded.address, day_of_week = excluded.day_of_week,
                time_of_day = excluded.time_of_day, time_zone = excluded.time_zone, every_weeks = excluded.every_weeks,
                week_start = excluded.week_start, anchor_date = excluded.anchor_date,
                schedule_changed_at = excluded.schedule_changed_at, changed_by = excluded.changed_by
            """, cancellationToken,
            ("@ws", subscription.WorkspaceId.Value), ("@id", subscription.Id), ("@audience", subscription.Audience), ("@channel", subscription.Address.ChannelId),
            ("@key", subscription.Address.Key), ("@address", JsonSerializer.Serialize(subscription.Address, AddressJson.Default.ConversationAddress)),
            ("@day", schedule.Day), ("@time", schedule.Time.ToString("HH:mm", CultureInfo.InvariantCulture)), ("@tz", schedule.TimeZone),
            ("@every", schedule.EveryWeeks), ("@weekStart", schedule.WeekStart), ("@anchor", schedule.Anchor),
            ("@createdAt", subscription.CreatedAt), ("@createdBy", subscription.CreatedBy), ("@changedAt", subscription.ScheduleChangedAt), ("@changedBy", subscription.ChangedBy));
        await AuditAsync(connection, transaction, subscription.WorkspaceId, before is null ? AuditKinds.SubscriptionAdded : AuditKinds.SubscriptionChanged,
            before is null ? null : AuditSnapshots.Subscription(before), AuditSnapshots.Subscription(subscription), cancellationToken);
    }

    public async Task<bool> DeleteAsync(WorkspaceId workspaceId, Guid id, CancellationToken cancellationToken)
    {
        var deleted = 0;
        await InTransactionAsync(async (connection, transaction) =>
        {
            var before = await FindAsync(connection, transaction, $"SELECT {Columns} FROM digest_subscriptions WHERE workspace_id = @ws AND id = @id", Map, cancellationToken,
                ("@ws", workspaceId.Value), ("@id", id));

            // Explicit rather than relying on the cascade, which a connection with foreign keys off would skip.
            await ExecuteAsync(connection, transaction, "DELETE FROM digest_deliveries WHERE workspace_id = @ws AND subscription_id = @id", cancellationToken,
                ("@ws", workspaceId.Value), ("@id", id));
            await using var command = connection.Command("DELETE FROM digest_subscriptions WHERE workspace_id = @ws AND id = @id", transaction)
                .With(Dialect, ("@ws", workspaceId.Value), ("@id", id));
            deleted = await command.ExecuteNonQueryAsync(cancellationToken);
            if (before is not null)
            {
                await AuditAsync(connection, transaction, workspaceId, AuditKinds.SubscriptionStopped, AuditSnapshots.Subscription(before), null, cancellationToken);
            }
        }, cancellationToken);
        return deleted > 0;
    }

    private static DigestSubscription Map(DbDataReader r)
    {
        var schedule = new DigestSchedule(
            r.Enum<DayOfWeek>("day_of_week"),
            TimeOnly.ParseExact(r.String("time_of_day"), "HH:mm", CultureInfo.InvariantCulture),
            r.String("time_zone"),
            r.Int("every_weeks"),
            r.Enum<DayOfWeek>("week_start"),
            r.NullableDate("anchor_date"));
        var address = JsonSerializer.Deserialize(r.String("address"), AddressJson.Default.ConversationAddress)
            ?? throw new InvalidDataException("A digest subscription has no conversation address.");
        return new DigestSubscription(r.Guid("id"), new WorkspaceId(r.String("workspace_id")), r.Enum<Audience>("audience"), address, schedule,
            r.Timestamp("created_at"), r.String("created_by"), r.Timestamp("schedule_changed_at"), r.String("changed_by"));
    }

    [JsonSerializable(typeof(ConversationAddress))]
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    private sealed partial class AddressJson : JsonSerializerContext;
}
