using System.Data.Common;
using AlignmentBot.Application.Digests;
using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

public sealed class SqlDigestHolidayStore(IDbConnectionFactory connections) : SqlStore(connections), IDigestHolidayStore
{
    public Task<IReadOnlyList<DigestHoliday>> ListAsync(WorkspaceId workspaceId, CancellationToken cancellationToken)
        => QueryAsync("SELECT workspace_id, holiday_date, name, added_by, added_at FROM digest_holidays WHERE workspace_id = @ws ORDER BY holiday_date",
            Map, cancellationToken, ("@ws", workspaceId.Value));

    public async Task SaveAsync(DigestHoliday holiday, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, """
            INSERT INTO digest_holidays (workspace_id, holiday_date, name, added_by, added_at) VALUES (@ws, @date, @name, @by, @at)
            ON CONFLICT (workspace_id, holiday_date) DO UPDATE SET name = excluded.name
            """, cancellationToken,
            ("@ws", holiday.WorkspaceId.Value), ("@date", holiday.Date), ("@name", holiday.Name), ("@by", holiday.AddedBy), ("@at", holiday.AddedAt));
    }

    public async Task<bool> RemoveAsync(WorkspaceId workspaceId, DateOnly date, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command("DELETE FROM digest_holidays WHERE workspace_id = @ws AND holiday_date = @date")
            .With(Dialect, ("@ws", workspaceId.Value), ("@date", date));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    private static DigestHoliday Map(DbDataReader r) => new(
        new WorkspaceId(r.String("workspace_id")), r.Date("holiday_date"), r.NullableString("name"), r.String("added_by"), r.Timestamp("added_at"));
}
