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

    [Fact]
    public async Task RelaxedWrite_SkipsTheFlushOnlyInsideItsScope_AndThePooledConnectionComesBackFullyDurable()
    {
        var connections = _database!.Connections;
        await using (var connection = await connections.OpenAsync(default))
        {
            Assert.Equal(2, await SynchronousAsync(connection));
            await using (await connections.Dialect.RelaxDurabilityAsync(connection, default))
            {
                Assert.Equal(1, await SynchronousAsync(connection));
            }

            Assert.Equal(2, await SynchronousAsync(connection));
        }

        // The state store's write goes through the relaxed scope and leaves the pool as it found it.
        var states = new AlignmentBot.Storage.Stores.SqlConversationStateStore(connections);
        Assert.True(await states.TrySaveAsync("T1", "c1", "{}", 0, DateTimeOffset.UnixEpoch, default));
        await using var next = await connections.OpenAsync(default);
        Assert.Equal(2, await SynchronousAsync(next));
    }

    private static async Task<long> SynchronousAsync(System.Data.Common.DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    protected override Task DisposeDatabaseAsync()
    {
        _database?.Dispose();
        return Task.CompletedTask;
    }
}
