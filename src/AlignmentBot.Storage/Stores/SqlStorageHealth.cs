using AlignmentBot.Application.Ports;
using AlignmentBot.Storage.Faults;
using AlignmentBot.Storage.Inbox;
using AlignmentBot.Storage.Migrations;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

/// <summary>
/// Storage is ready when the schema is current and the database can be written: a one-row upsert, at most once every
/// <see cref="ProbeInterval"/> (the result is reused in between), and no recent failure of the inbox's own writes.
/// A database that can be read but not written (a full disk, a read-only file, a lock held too long) is unhealthy,
/// and healthy again once a write works.
/// </summary>
public sealed class SqlStorageHealth(IDbConnectionFactory connections, DatabaseMigrator migrator, IStoredInbox? inbox, TimeProvider time) : IStorageHealth, IDisposable
{
    /// <summary>Without an inbox to watch (the command line, tests of the schema).</summary>
    public SqlStorageHealth(IDbConnectionFactory connections, DatabaseMigrator migrator)
        : this(connections, migrator, null, TimeProvider.System)
    {
    }

    public static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(5);

    /// <summary>The one-row write that tells a database that can be written from one that can only be read; start-up runs it too.</summary>
    internal const string Probe = """
        INSERT INTO storage_probe (id, written_at, written_by) VALUES (1, @at, @by)
        ON CONFLICT (id) DO UPDATE SET written_at = excluded.written_at, written_by = excluded.written_by
        """;

    private readonly SemaphoreSlim _probing = new(1, 1);
    private (DateTimeOffset At, string? Problem)? _lastProbe;

    public async Task<StorageStatus> CheckAsync(CancellationToken cancellationToken)
    {
        var provider = connections.Dialect.Provider;
        int version;
        try
        {
            version = await migrator.CurrentVersionAsync(cancellationToken);
        }
        catch (System.Data.Common.DbException ex)
        {
            // The exception text can carry a file path or host name, never credentials; keep only its kind.
            return new StorageStatus(false, provider, 0, StorageProblem.Describe(ex, connections, fileNameOnly: true) ?? $"database unreachable ({ex.GetType().Name})");
        }

        var latest = migrator.LatestVersion;
        if (version != latest)
        {
            return new StorageStatus(false, provider, version, $"schema at version {version}, expected {latest}");
        }

        if (await WriteProblemAsync(cancellationToken) is { } problem)
        {
            return new StorageStatus(false, provider, version, "the database cannot be written: " + problem);
        }

        // Writes of acknowledged messages failing now, while a small probe still gets through, count too.
        if (inbox?.WriteFailure is { } failure && inbox.WriteFailureAt is { } at && time.GetUtcNow() - at < 2 * ProbeInterval)
        {
            return new StorageStatus(false, provider, version, "the inbox cannot be written: " + (StorageProblem.Describe(failure, connections, fileNameOnly: true) ?? failure.GetType().Name));
        }

        return new StorageStatus(true, provider, version);
    }

    public void Dispose() => _probing.Dispose();

    private async Task<string?> WriteProblemAsync(CancellationToken cancellationToken)
    {
        await _probing.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            if (_lastProbe is { } last && now - last.At < ProbeInterval)
            {
                return last.Problem;
            }

            string? problem = null;
            try
            {
                await using var connection = await connections.OpenAsync(cancellationToken);
                await using var command = connection.Command(Probe).With(connections.Dialect, ("@at", now), ("@by", inbox?.Owner ?? Environment.MachineName));
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (System.Data.Common.DbException ex)
            {
                problem = StorageProblem.Describe(ex, connections, fileNameOnly: true) ?? ex.GetType().Name;
            }

            _lastProbe = (now, problem);
            return problem;
        }
        finally
        {
            _probing.Release();
        }
    }
}
