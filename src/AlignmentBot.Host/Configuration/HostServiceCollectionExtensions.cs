using AlignmentBot.Application;
using AlignmentBot.Integrations.Crm;
using AlignmentBot.Scheduling;
using AlignmentBot.Scheduling.CrmSync;
using AlignmentBot.Storage;
using AlignmentBot.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace AlignmentBot.Host.Configuration;

public static class HostServiceCollectionExtensions
{
    public const string ConnectionStringName = "AlignmentBot";

    /// <summary>Everything the web host and the command line share: use cases and the configured storage.</summary>
    public static IServiceCollection AddAlignmentCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAlignmentApplication();
        services.Configure<AlignmentBot.Conversations.Turns.BackgroundTurnsOptions>(configuration.GetSection(AlignmentBot.Conversations.Turns.BackgroundTurnsOptions.Section));
        services.Configure<AlignmentBot.Conversations.State.StateCacheOptions>(configuration.GetSection(AlignmentBot.Conversations.State.StateCacheOptions.Section));
        services.AddCrmIntegrations(configuration);
        var keys = configuration["DataProtection:KeysDirectory"];
        var (provider, connectionString) = Storage(configuration);
        switch (provider)
        {
            case StorageProvider.Sqlite:
                services.AddAlignmentStorage(s => s.UseSqlite(connectionString).KeepSecretKeysIn(keys));

                // Weekly digests: Quartz keeps their triggers in the same database. It only runs in the started web host.
                services.AddDigestScheduling(configuration, jobs => jobs.UseSqlite(connectionString));
                break;
            case StorageProvider.Postgres:
                // Several instances on one database: shared dedupe, revalidated state, and Quartz as a cluster.
                services.AddAlignmentStorage(s => s.UsePostgres(connectionString).KeepSecretKeysIn(keys));
                services.AddDigestScheduling(configuration, jobs => jobs.UsePostgres(connectionString));
                break;
        }

        // CRM sync every Sync:Interval on the same Quartz scheduler (one instance per firing in a cluster).
        services.AddCrmSyncScheduling();
        return services;
    }

    /// <summary>The configured engine and connection string, or a start-up error that says what to set.</summary>
    public static (StorageProvider Provider, string ConnectionString) Storage(IConfiguration configuration)
    {
        var name = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>()?.Provider ?? "Sqlite";
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        return name.Trim().ToLowerInvariant() switch
        {
            "sqlite" => (StorageProvider.Sqlite, string.IsNullOrWhiteSpace(connectionString) ? StorageServiceCollectionExtensions.DefaultSqliteConnectionString : connectionString),
            "postgres" or "postgresql" => string.IsNullOrWhiteSpace(connectionString)
                ? throw new InvalidOperationException(
                    "Storage:Provider is Postgres but ConnectionStrings:AlignmentBot is empty. Set it, e.g. ConnectionStrings__AlignmentBot=\"Host=db;Database=alignmentbot;Username=alignmentbot;Password=...\".")
                : (StorageProvider.Postgres, connectionString),
            _ => throw new InvalidOperationException($"Storage:Provider '{name}' is not supported. Use 'Sqlite' (default) or 'Postgres'."),
        };
    }

    /// <summary>Where the data lives, safe to log: a file path for SQLite, host and database for PostgreSQL, never a password.</summary>
    public static string DescribeStorage(IConfiguration configuration)
    {
        var (provider, connectionString) = Storage(configuration);
        return provider == StorageProvider.Postgres
            ? NpgsqlConnectionFactory.Describe(connectionString)
            : $"SQLite at {Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource)}";
    }
}
