using System.Data;
using System.Data.Common;
using System.Globalization;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Copy;

/// <summary>
/// Copies every table the bot owns from one database to another, e.g. a SQLite deployment into the PostgreSQL
/// database its instances will share. Both must already be at this build's schema version. The target is written
/// in one transaction: rows are inserted, read back and compared with the source by count and content checksum,
/// and the transaction commits only when every table matches. A target that already holds data is refused unless
/// <c>force</c> is set, in which case its rows are replaced.
/// </summary>
/// <remarks>
/// Column types come from this build's PostgreSQL migrations (<see cref="SchemaColumns"/>), so SQLite's text
/// encodings of ids, dates, timestamps and amounts are turned into PostgreSQL's own types and back. Timestamps are compared at microseconds, PostgreSQL's
/// precision. The source is read inside one transaction, so a host still writing to it cannot tear the copy; stop
/// the old deployment first anyway, or whatever it writes afterwards stays behind.
/// </remarks>
public sealed class DatabaseCopier(IDbConnectionFactory source, IDbConnectionFactory target)
{
    private const int BatchSize = 500;

    public async Task<CopyReport> CopyAsync(bool force, CancellationToken cancellationToken)
    {
        await using var from = await source.OpenAsync(cancellationToken);
        await using var to = await target.OpenAsync(cancellationToken);
        var (sourceVersion, targetVersion) = (await VersionAsync(from, cancellationToken), await VersionAsync(to, cancellationToken));
        if (sourceVersion != targetVersion)
        {
            return Refused($"The source is at schema version {sourceVersion} and the target at {targetVersion}; migrate both with this build first.");
        }

        var columns = SchemaColumns.Tables;
        var unknown = columns.Keys.Where(t => !CopiedTables.IsSkipped(t) && !CopiedTables.InOrder.Contains(t, StringComparer.OrdinalIgnoreCase)).ToArray();
        var missing = CopiedTables.InOrder.Where(t => !columns.ContainsKey(t)).ToArray();
        if (unknown.Length > 0 || missing.Length > 0)
        {
            return Refused($"This build does not know how to copy this schema (unknown tables: {string.Join(", ", unknown)}; missing: {string.Join(", ", missing)}).");
        }

        // A snapshot of the source: every table as of one moment.
        await using var read = await from.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        await using var write = await to.BeginTransactionAsync(cancellationToken);

        var existing = 0L;
        foreach (var table in CopiedTables.InOrder)
        {
            existing += await CountAsync(to, write, table, cancellationToken);
        }

        if (existing > 0 && !force)
        {
            return Refused($"The target already holds {existing} rows in the bot's tables. Copy into an empty database, or pass --force to replace them.");
        }

        foreach (var table in CopiedTables.InOrder.Reverse())
        {
            await using var delete = to.Command($"DELETE FROM {table}", write);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        var results = new List<TableCopy>();
        foreach (var table in CopiedTables.InOrder)
        {
            var (rows, checksum) = await CopyTableAsync(from, read, to, write, table, columns[table], cancellationToken);
            var (targetRows, targetChecksum) = await ChecksumAsync(to, write, table, columns[table], cancellationToken);
            results.Add(new TableCopy(table, rows, Hex(checksum), targetRows, Hex(targetChecksum)));
        }

        await read.CommitAsync(cancellationToken);
        if (results.All(r => r.Matches))
        {
            await write.CommitAsync(cancellationToken);
            return new CopyReport(results, Committed: true);
        }

        await write.RollbackAsync(cancellationToken);
        return new CopyReport(results, Committed: false);
    }

    /// <summary>Rows and content checksum of every copied table, as <see cref="CopyAsync"/> computes them (e.g. to check a copy later).</summary>
    public static async Task<IReadOnlyList<(string Table, long Rows, string Checksum)>> DescribeAsync(IDbConnectionFactory database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var columns = SchemaColumns.Tables;
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        var result = new List<(string, long, string)>();
        foreach (var table in CopiedTables.InOrder)
        {
            var (rows, checksum) = await ChecksumAsync(connection, transaction, table, columns[table], cancellationToken);
            result.Add((table, rows, Hex(checksum)));
        }

        return result;
    }

    private async Task<(long Rows, UInt128 Checksum)> CopyTableAsync(DbConnection from, DbTransaction read, DbConnection to, DbTransaction write, string table,
        IReadOnlyList<(string Name, ColumnKind Kind)> columns, CancellationToken cancellationToken)
    {
        var names = string.Join(", ", columns.Select(c => c.Name));
        var insert = $"INSERT INTO {table} ({names}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        await using var select = from.Command($"SELECT {names} FROM {table}", read);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var (rows, checksum) = (0L, UInt128.Zero);
        var pending = new List<object?[]>(BatchSize);
        while (await reader.ReadAsync(cancellationToken))
        {
            var values = new object?[columns.Count];
            for (var i = 0; i < columns.Count; i++)
            {
                values[i] = ColumnValues.Normalize(reader.GetValue(i), columns[i].Kind);
            }

            rows++;
            checksum += ColumnValues.RowHash(values);
            pending.Add(values);
            if (pending.Count == BatchSize)
            {
                await InsertAsync(to, write, insert, pending, cancellationToken);
                pending.Clear();
            }
        }

        await InsertAsync(to, write, insert, pending, cancellationToken);
        return (rows, checksum);
    }

    private async Task InsertAsync(DbConnection to, DbTransaction write, string insert, List<object?[]> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var dialect = target.Dialect;
        if (to.CanCreateBatch)
        {
            // One round trip per batch: what makes a copy to a database across the network take seconds, not minutes.
            await using var batch = to.CreateBatch();
            batch.Transaction = write;
            foreach (var row in rows)
            {
                var command = batch.CreateBatchCommand();
                command.CommandText = insert;
                for (var i = 0; i < row.Length; i++)
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = $"@p{i}";
                    parameter.Value = dialect.ToDb(row[i]);
                    command.Parameters.Add(parameter);
                }

                batch.BatchCommands.Add(command);
            }

            await batch.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        await using var single = to.Command(insert, write);
        foreach (var row in rows)
        {
            single.Parameters.Clear();
            for (var i = 0; i < row.Length; i++)
            {
                single.With(dialect, $"@p{i}", row[i]);
            }

            await single.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<(long Rows, UInt128 Checksum)> ChecksumAsync(DbConnection connection, DbTransaction transaction, string table,
        IReadOnlyList<(string Name, ColumnKind Kind)> columns, CancellationToken cancellationToken)
    {
        await using var select = connection.Command($"SELECT {string.Join(", ", columns.Select(c => c.Name))} FROM {table}", transaction);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var (rows, checksum) = (0L, UInt128.Zero);
        var values = new object?[columns.Count];
        while (await reader.ReadAsync(cancellationToken))
        {
            for (var i = 0; i < columns.Count; i++)
            {
                values[i] = ColumnValues.Normalize(reader.GetValue(i), columns[i].Kind);
            }

            rows++;
            checksum += ColumnValues.RowHash(values);
        }

        return (rows, checksum);
    }

    private static async Task<long> CountAsync(DbConnection connection, DbTransaction transaction, string table, CancellationToken cancellationToken)
    {
        await using var count = connection.Command($"SELECT COUNT(*) FROM {table}", transaction);
        return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task<int> VersionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await using var query = connection.Command("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
            return Convert.ToInt32(await query.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        catch (DbException)
        {
            return 0;
        }
    }

    private static string Hex(UInt128 checksum) => checksum.ToString("x32", CultureInfo.InvariantCulture);

    private static CopyReport Refused(string reason) => new([], Committed: false, reason);
}
