using System.Data.Common;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Privacy;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Copy;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

public sealed class SqlWorkspaceDeletionStore(IDbConnectionFactory connections) : SqlStore(connections), IWorkspaceDeletionStore
{
    private const string Columns = "workspace_id, requested_at, delete_after, reason";

    /// <summary>
    /// Every table that holds a workspace's rows, children before parents, ending with the workspaces table itself.
    /// Derived from the schema: a table with a workspace_id column that <see cref="CopiedTables"/> lists (a test makes
    /// every new table appear there) is purged without anyone having to remember it.
    /// </summary>
    internal static IReadOnlyList<string> PurgeOrder { get; } = CopiedTables.InOrder.Reverse()
        .Where(t => SchemaColumns.Tables.TryGetValue(t, out var columns) && columns.Any(c => c.Name == "workspace_id"))
        .Append("workspaces")
        .ToArray();

    public async Task<PendingDeletion> ScheduleAsync(PendingDeletion deletion, CancellationToken cancellationToken)
    {
        PendingDeletion? pending = null;
        await InTransactionAsync(async (connection, transaction) =>
        {
            await ExecuteAsync(connection, transaction, $"INSERT INTO workspace_deletions ({Columns}) VALUES (@ws, @at, @after, @reason) ON CONFLICT (workspace_id) DO NOTHING",
                cancellationToken, ("@ws", deletion.WorkspaceId.Value), ("@at", deletion.RequestedAt), ("@after", deletion.DeleteAfter), ("@reason", deletion.Reason));
            pending = await FindAsync(connection, transaction, $"SELECT {Columns} FROM workspace_deletions WHERE workspace_id = @ws", Map, cancellationToken,
                ("@ws", deletion.WorkspaceId.Value));
        }, cancellationToken);
        return pending!;
    }

    public async Task<bool> CancelAsync(WorkspaceId workspaceId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command("DELETE FROM workspace_deletions WHERE workspace_id = @ws").With(Dialect, ("@ws", workspaceId.Value));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public Task<IReadOnlyList<PendingDeletion>> ListAsync(CancellationToken cancellationToken)
        => QueryAsync($"SELECT {Columns} FROM workspace_deletions ORDER BY delete_after, workspace_id", Map, cancellationToken);

    public async Task<IReadOnlyList<PurgedTable>> CountAsync(WorkspaceId workspaceId, CancellationToken cancellationToken)
    {
        var counts = new List<PurgedTable>();
        await using var connection = await OpenAsync(cancellationToken);
        foreach (var table in PurgeOrder)
        {
            await using var command = connection.Command($"SELECT COUNT(*) FROM {table} WHERE {KeyOf(table)} = @ws").With(Dialect, ("@ws", workspaceId.Value));
            counts.Add(new PurgedTable(table, Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return counts;
    }

    public async Task<IReadOnlyList<PurgedTable>> PurgeAsync(WorkspaceId workspaceId, CancellationToken cancellationToken)
    {
        var purged = new List<PurgedTable>();
        await InTransactionAsync(async (connection, transaction) =>
        {
            purged.Clear();
            foreach (var table in PurgeOrder)
            {
                await using var command = connection.Command($"DELETE FROM {table} WHERE {KeyOf(table)} = @ws", transaction).With(Dialect, ("@ws", workspaceId.Value));
                purged.Add(new PurgedTable(table, await command.ExecuteNonQueryAsync(cancellationToken)));
            }
        }, cancellationToken);
        return purged;
    }

    private static string KeyOf(string table) => table == "workspaces" ? "id" : "workspace_id";

    private static PendingDeletion Map(DbDataReader r) => new(
        new WorkspaceId(r.String("workspace_id")), r.Timestamp("requested_at"), r.Timestamp("delete_after"), r.String("reason"));
}
