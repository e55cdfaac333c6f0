using System.Data.Common;
using Npgsql;

namespace AlignmentBot.Storage.Sql;

/// <summary>Connections from one pooled <see cref="NpgsqlDataSource"/>, shared by the stores of a process.</summary>
public sealed class NpgsqlConnectionFactory : IDbConnectionFactory, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    public NpgsqlConnectionFactory(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);

        // Named in pg_stat_activity, so an operator can tell the bot's sessions from everyone else's.
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "AlignmentBot";
        }

        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public ISqlDialect Dialect => PostgresDialect.Instance;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await _dataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>Where the data lives, safe to log: host, port and database, never the user or password.</summary>
    public static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL database '{builder.Database ?? "(the user's default)"}' on {builder.Host}:{builder.Port}";
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();
}
