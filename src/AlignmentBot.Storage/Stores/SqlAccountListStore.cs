using System.Data.Common;
using System.Globalization;
using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Overlap;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

public sealed class SqlAccountListStore(IDbConnectionFactory connections, AuditTrail? audit = null) : SqlStore(connections, audit), IAccountListStore
{
    public async Task<IReadOnlyList<AccountList>> ListAsync(WorkspaceId workspaceId, CancellationToken cancellationToken)
    {
        var headers = await QueryAsync("SELECT id, kind, name, imported_at FROM account_lists WHERE workspace_id = @ws ORDER BY kind, name",
            r => (Id: r.Guid("id"), Kind: r.Enum<AccountListKind>("kind"), Name: r.String("name"), At: r.Timestamp("imported_at")),
            cancellationToken, ("@ws", workspaceId.Value));
        var accounts = await QueryAsync("SELECT list_id, account FROM accounts WHERE workspace_id = @ws ORDER BY list_id, position",
            r => (ListId: r.Guid("list_id"), Account: r.String("account")), cancellationToken, ("@ws", workspaceId.Value));
        var byList = accounts.ToLookup(a => a.ListId, a => a.Account);
        return headers.Select(h => new AccountList(h.Id, workspaceId, h.Kind, h.Name, byList[h.Id].ToArray(), h.At)).ToArray();
    }

    public Task SaveAsync(AccountList list, CancellationToken cancellationToken)
        => InTransactionAsync(async (connection, transaction) =>
        {
            await WriteAsync(connection, transaction, Dialect, list, cancellationToken);
            await AuditAsync(connection, transaction, list.WorkspaceId, AuditKinds.Imported, null, new AuditSnapshot(list.Name, $"account list {list.Name}",
                AuditFields.Of(("account lists", $"{list.Name} ({list.Accounts.Count.ToString(CultureInfo.InvariantCulture)})"), ("kind", list.Kind.ToString()))), cancellationToken);
        }, cancellationToken);

    internal static async Task WriteAsync(DbConnection connection, DbTransaction transaction, ISqlDialect dialect, AlignmentBot.Domain.Overlap.AccountList list, CancellationToken cancellationToken)
    {
        // Replace the list with the same kind and name: an export is a snapshot, not a delta.
        await using (var delete = connection.Command("DELETE FROM accounts WHERE workspace_id = @ws AND list_id IN (SELECT id FROM account_lists WHERE workspace_id = @ws AND kind = @kind AND name = @name)", transaction))
        {
            delete.With(dialect, ("@ws", list.WorkspaceId.Value), ("@kind", list.Kind), ("@name", list.Name));
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var deleteList = connection.Command("DELETE FROM account_lists WHERE workspace_id = @ws AND kind = @kind AND name = @name", transaction))
        {
            deleteList.With(dialect, ("@ws", list.WorkspaceId.Value), ("@kind", list.Kind), ("@name", list.Name));
            await deleteList.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var insert = connection.Command("INSERT INTO account_lists (workspace_id, id, kind, name, imported_at) VALUES (@ws, @id, @kind, @name, @at)", transaction))
        {
            insert.With(dialect, ("@ws", list.WorkspaceId.Value), ("@id", list.Id), ("@kind", list.Kind), ("@name", list.Name), ("@at", list.ImportedAt));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var row = connection.Command("INSERT INTO accounts (workspace_id, list_id, position, account) VALUES (@ws, @list, @pos, @account)", transaction);
        for (var i = 0; i < list.Accounts.Count; i++)
        {
            row.Parameters.Clear();
            row.With(dialect, ("@ws", list.WorkspaceId.Value), ("@list", list.Id), ("@pos", i), ("@account", list.Accounts[i]));
            await row.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
