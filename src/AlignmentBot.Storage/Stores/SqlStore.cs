using System.Data.Common;
using AlignmentBot.Application.Audit;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

/// <summary>Shared plumbing: open a connection, run a unit of work in one transaction, record it in the audit trail.</summary>
public abstract class SqlStore(IDbConnectionFactory connections, AuditTrail? audit = null)
{
    protected ISqlDialect Dialect => connections.Dialect;

    protected AuditTrail Audit { get; } = audit ?? AuditTrail.Default;

    protected Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => connections.OpenAsync(cancellationToken);

    protected async Task InTransactionAsync(Func<DbConnection, DbTransaction, Task> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await work(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    protected async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(sql).With(Dialect, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(map(reader));
        }

        return result;
    }

    /// <summary>The one row <paramref name="sql"/> finds inside the transaction (locked until it ends on engines that need it), or null.</summary>
    protected async Task<T?> FindAsync<T>(DbConnection connection, DbTransaction? transaction, string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
        where T : class
    {
        await using var command = connection.Command(sql + Dialect.LockRows, transaction).With(Dialect, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? map(reader) : null;
    }

    /// <summary>Every row <paramref name="sql"/> finds inside the transaction, locked like <see cref="FindAsync{T}"/>.</summary>
    protected async Task<IReadOnlyList<T>> FindAllAsync<T>(DbConnection connection, DbTransaction? transaction, string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(sql + Dialect.LockRows, transaction).With(Dialect, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(map(reader));
        }

        return result;
    }

    /// <summary>Records the change in the audit trail, in the same transaction; nothing when before and after read the same.</summary>
    protected Task<bool> AuditAsync(DbConnection connection, DbTransaction? transaction, WorkspaceId workspaceId, string kind, AuditSnapshot? before, AuditSnapshot? after, CancellationToken cancellationToken)
        => Audit.WriteAsync(connection, transaction, Dialect, workspaceId, kind, before, after, cancellationToken);

    protected async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(sql, transaction).With(Dialect, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
