using AlignmentBot.Storage.Migrations;
using AlignmentBot.Storage.Sql;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace AlignmentBot.Testing;

/// <summary>A database of its own on the test server (<see cref="PostgresServer"/>), dropped with the object.</summary>
public sealed class TempPostgresDatabase : IAsyncDisposable
{
    private NpgsqlConnectionFactory? _connections;

    private TempPostgresDatabase(string name)
    {
        Name = name;
        ConnectionString = PostgresServer.ConnectionString(name);
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public NpgsqlConnectionFactory Connections => _connections ??= new NpgsqlConnectionFactory(ConnectionString);

    public static async Task<TempPostgresDatabase> CreateAsync()
    {
        var database = new TempPostgresDatabase("alignmentbot_test_" + Guid.NewGuid().ToString("N")[..16]);
        await PostgresServer.ExecuteAsync($"CREATE DATABASE {database.Name}");
        return database;
    }

    public DatabaseMigrator Migrator() => new(Connections, NullLogger<DatabaseMigrator>.Instance);

    public async Task<TempPostgresDatabase> MigratedAsync(int? version = null)
    {
        await Migrator().MigrateAsync(version);
        return this;
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connections is not null)
        {
            await _connections.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();

        // FORCE: a host process a test killed may still hold sessions for a moment.
        await PostgresServer.ExecuteAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }
}
