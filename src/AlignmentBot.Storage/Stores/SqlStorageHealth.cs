using AlignmentBot.Application.Ports;
using AlignmentBot.Storage.Migrations;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

public sealed class SqlStorageHealth(IDbConnectionFactory connections, DatabaseMigrator migrator) : IStorageHealth
{
    public async Task<StorageStatus> CheckAsync(CancellationToken cancellationToken)
    {
        var provider = connections.Dialect.Provider;
        try
        {
            var version = await migrator.CurrentVersionAsync(cancellationToken);
            var latest = migrator.LatestVersion;
            return version == latest
                ? new StorageStatus(true, provider, version)
                : new StorageStatus(false, provider, version, $"schema at version {version}, expected {latest}");
        }
        catch (System.Data.Common.DbException ex)
        {
            // The exception text can carry a file path or host name, never credentials; keep only its kind.
            return new StorageStatus(false, provider, 0, $"database unreachable ({ex.GetType().Name})");
        }
    }
}
