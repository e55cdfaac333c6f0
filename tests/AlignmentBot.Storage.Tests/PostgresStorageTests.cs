using AlignmentBot.Storage.Sql;
using AlignmentBot.Testing;

namespace AlignmentBot.Storage.Tests;

/// <summary>The storage contract on PostgreSQL: the same class SQLite passes, on a fresh database per test.</summary>
public sealed class PostgresStorageTests : StorageContractTests
{
    private TempPostgresDatabase? _database;

    protected override async Task<IDbConnectionFactory> CreateEmptyMigratedDatabaseAsync()
    {
        _database = await (await TempPostgresDatabase.CreateAsync()).MigratedAsync();
        return _database.Connections;
    }

    protected override async Task DisposeDatabaseAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
