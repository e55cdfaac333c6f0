using AlignmentBot.Storage.Migrations;
using AlignmentBot.Storage.Sql;
using Microsoft.Extensions.Logging.Abstractions;

namespace AlignmentBot.Testing;

/// <summary>A SQLite file in a temp folder, deleted with the object. Each test gets its own.</summary>
public sealed class TempSqliteDatabase : IDisposable
{
    public TempSqliteDatabase()
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "alignmentbot-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Path = System.IO.Path.Combine(Directory, "test.db");
        ConnectionString = $"Data Source={Path}";
        Connections = new SqliteConnectionFactory(ConnectionString);
    }

    public string Directory { get; }

    public string Path { get; }

    public string ConnectionString { get; }

    public SqliteConnectionFactory Connections { get; }

    public DatabaseMigrator Migrator() => new(Connections, NullLogger<DatabaseMigrator>.Instance);

    public async Task<TempSqliteDatabase> MigratedAsync(int? version = null)
    {
        await Migrator().MigrateAsync(version);
        return this;
    }

    public void Dispose()
    {
        // Only this database's pool: clearing every pool would close connections under tests running alongside.
        Connections.ClearPool();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing test is cleaned up by the OS temp policy.
        }
    }
}
