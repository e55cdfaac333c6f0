using System.Data.Common;
using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Digests;
using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

public sealed class SqlDigestHolidayStore(IDbConnectionFactory connections, AuditTrail? audit = null) : SqlStore(connections, audit), IDigestHolidayStore
{
    private const string Select = "SELECT workspace_id, holiday_date, name, added_by, added_at FROM digest_holidays";

    public Task<IReadOnlyList<DigestHoliday>> ListAsync(WorkspaceId workspaceId, CancellationToken cancellationToken)
        => QueryAsync($"{Select} WHERE workspace_id = @ws ORDER BY holiday_date", Map, cancellationToken, ("@ws", workspaceId.Value));

    public Task SaveAsync(DigestHoliday holiday, CancellationToken cancellationToken)
        => InTransactionAsync(async (connection, transaction) =>
        {
            var before = await FindAsync(connection, transaction, $"{Select} WHERE workspace_id = @ws AND holiday_date = @date", Map, cancellationToken,
                ("@ws", holiday.WorkspaceId.Value), ("@date", holiday.Date));
            await ExecuteAsync(connection, transaction, """
                INSERT INTO digest_holidays (workspace_id, holiday_date, name, added_by, added_at) VALUES (@ws, @date, @name, @by, @at)
                ON CONFLICT (workspace_id, holiday_date) DO UPDATE SET name = excluded.name
                """, cancellationToken,
                ("@ws", holiday.WorkspaceId.Value), ("@date", holiday.Date), ("@name", holiday.Name), ("@by", holiday.AddedBy), ("@at", holiday.AddedAt));

            // Renaming keeps who added it and when, as the row does.
            var after = before is null ? holiday : before with { Name = holiday.Name };
            await AuditAsync(connection, transaction, holiday.WorkspaceId, before is null ? AuditKinds.HolidayAdded : AuditKinds.HolidayChanged,
                before is null ? null : AuditSnapshots.Holiday(before), AuditSnapshots.Holiday(after), cancellationToken);
        }, cancellationToken);

    public async Task<bool> RemoveAsync(WorkspaceId workspaceId, DateOnly date, CancellationToken cancellationToken)
    {
        var removed = false;
        await InTransactionAsync(async (connection, transaction) =>
        {
            var before = await FindAsync(connection, transaction, $"{Select} WHERE workspace_id = @ws AND holiday_date = @date", Map, cancellationToken,
                ("@ws", workspaceId.Value), ("@date", date));
            await using var command = connection.Command("DELETE FROM digest_holidays WHERE workspace_id = @ws AND holiday_date = @date", transaction)
                .With(Dialect, ("@ws", workspaceId.Value), ("@date", date));
            removed = await command.ExecuteNonQueryAsync(cancellationToken) > 0;
            if (removed && before is not null)
            {
                await AuditAsync(connection, transaction, workspaceId, AuditKinds.HolidayRemoved, AuditSnapshots.Holiday(before), null, cancellationToken);
            }
        }, cancellationToken);
        return removed;
    }

    private static DigestHoliday Map(DbDataReader r) => new(
        new WorkspaceId(r.String("workspace_id")), r.Date("holiday_date"), r.NullableString("name"), r.String("added_by"), r.Timestamp("added_at"));
}
