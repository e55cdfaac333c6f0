using AlignmentBot.Storage.Sql;
using AlignmentBot.Testing;

namespace AlignmentBot.Storage.Tests;

public sealed class SqliteStorageTests : StorageContractTests
{
    private TempSqliteDatabase? _database;

    protected override async Task<IDbConnectionFactory> CreateEmptyMigratedDatabaseAsync()
    {
        _database = await new TempSqliteDatabase().MigratedAsync();
        return _database.Connections;
    }

    protected override Task DisposeDatabaseAsync()
    {
        _database?.Dispose();
        return Task.CompletedTask;
    }
}
