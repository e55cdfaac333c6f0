using AlignmentBot.Storage.Sql;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Storage;

/// <summary>
/// Chooses the storage engine, one call per provider: <c>storage.UseSqlite("Data Source=alignmentbot.db")</c> for one
/// process, <c>storage.UsePostgres(cs)</c> for several instances behind a load balancer.
/// </summary>
public sealed class StorageBuilder(IServiceCollection services)
{
    public IServiceCollection Services { get; } = services;

    internal bool ProviderChosen { get; private set; }

    /// <summary>True when several processes share the database, so per-process memory must not be trusted.</summary>
    public bool SharedByInstances { get; private set; }

    internal string? SecretKeysDirectory { get; private set; }

    /// <summary>
    /// Keeps the Data Protection keys that encrypt stored CRM credentials in this directory instead of the database
    /// (null or empty: the database). Every instance must see the same directory.
    /// </summary>
    public StorageBuilder KeepSecretKeysIn(string? directory)
    {
        SecretKeysDirectory = string.IsNullOrWhiteSpace(directory) ? null : directory;
        return this;
    }

    /// <param name="busyTimeout">How long a write waits for a lock held elsewhere before it fails (default 30 s).</param>
    public StorageBuilder UseSqlite(string connectionString, TimeSpan? busyTimeout = null)
    {
        // Made when first used, not here: its constructor creates the file's folder, which `doctor` must not do.
        Services.AddSingleton<IDbConnectionFactory>(_ => new SqliteConnectionFactory(connectionString, busyTimeout));
        ProviderChosen = true;
        SharedByInstances = false;
        return this;
    }

    /// <summary>
    /// PostgreSQL, for one or several host instances on the same database: conversation state is revalidated on
    /// every read, and inbound dedupe goes through the database.
    /// </summary>
    public StorageBuilder UsePostgres(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);

        // Created by the container, so the pooled data source is disposed with it.
        Services.AddSingleton<IDbConnectionFactory>(_ => new NpgsqlConnectionFactory(connectionString));
        ProviderChosen = true;
        SharedByInstances = true;
        return this;
    }

    /// <summary>For providers added outside this project (tests, later engines).</summary>
    public StorageBuilder UseConnectionFactory(IDbConnectionFactory factory, bool sharedByInstances = false)
    {
        Services.AddSingleton(factory);
        ProviderChosen = true;
        SharedByInstances = sharedByInstances;
        return this;
    }
}
