using AlignmentBot.Application;
using AlignmentBot.Integrations.Crm;
using AlignmentBot.Scheduling;
using AlignmentBot.Scheduling.CrmSync;
using AlignmentBot.Storage;
using AlignmentBot.Storage.Sql;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Host.Configuration;

public static class HostServiceCollectionExtensions
{
    public const string ConnectionStringName = "AlignmentBot";

    /// <summary>Everything the web host and the command line share: use cases and the configured storage.</summary>
    public static IServiceCollection AddAlignmentCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAlignmentApplication();
        services.Configure<AlignmentBot.Conversations.Turns.BackgroundTurnsOptions>(configuration.GetSection(AlignmentBot.Conversations.Turns.BackgroundTurnsOptions.Section));
        services.Configure<AlignmentBot.Conversations.Turns.TurnRunnerOptions>(configuration.GetSection(AlignmentBot.Conversations.Turns.TurnRunnerOptions.Section));
        services.Configure<AlignmentBot.Conversations.State.StateCacheOptions>(configuration.GetSection(AlignmentBot.Conversations.State.StateCacheOptions.Section));
        services.Configure<AlignmentBot.Conversations.Turns.InboxOptions>(configuration.GetSection(AlignmentBot.Conversations.Turns.InboxOptions.Section));

        // On SIGTERM the inbox lets running turns finish within Inbox:DrainTimeout; the host must wait a little longer.
        var drain = configuration.GetSection(AlignmentBot.Conversations.Turns.InboxOptions.Section).GetValue<TimeSpan?>(nameof(AlignmentBot.Conversations.Turns.InboxOptions.DrainTimeout))
            ?? new AlignmentBot.Conversations.Turns.InboxOptions().DrainTimeout;
        services.Configure<HostOptions>(o => o.ShutdownTimeout = drain + TimeSpan.FromSeconds(5));

        services.AddCrmIntegrations(configuration);

        // Where the keys that encrypt stored CRM credentials live: empty keeps them in the database (docs/crm-sync.md).
        var keys = configuration["DataProtection:KeysDirectory"];

        // A bad storage setting is reported with every other configuration problem when the host validates its options,
        // before anything opens a database. Until then an in-memory stand-in keeps the service graph whole (Development
        // builds check it), so no file or connection is ever made from a half-understood setting.
        var problem = StorageProblem(configuration);
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section))
            .Validate(_ => problem is null, problem ?? string.Empty)
            .Validate(o => o.BusyTimeout >= TimeSpan.FromMilliseconds(100), $"{StorageOptions.Section}:BusyTimeout must be at least 00:00:00.1 (default 00:00:30).")
            .ValidateOnStart();
        var busyTimeout = configuration.GetSection(StorageOptions.Section).GetValue<TimeSpan?>(nameof(StorageOptions.BusyTimeout));
        var (provider, connectionString) = problem is null ? Storage(configuration) : (StorageProvider.Sqlite, "Data Source=:memory:");
        switch (provider)
        {
            case StorageProvider.Sqlite:
                services.AddAlignmentStorage(s => s.UseSqlite(connectionString, busyTimeout is { } t && t >= TimeSpan.FromMilliseconds(100) ? t : null).KeepSecretKeysIn(keys));

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

    /// <summary>The configured engine and connection string; a configuration error that says what to set when they are unusable.</summary>
    public static (StorageProvider Provider, string ConnectionString) Storage(IConfiguration configuration)
    {
        if (StorageProblem(configuration) is { } problem)
        {
            throw new OptionsValidationException(StorageOptions.Section, typeof(StorageOptions), [problem]);
        }

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        return ProviderName(configuration) is "postgres" or "postgresql"
            ? (StorageProvider.Postgres, connectionString!)
            : (StorageProvider.Sqlite, string.IsNullOrWhiteSpace(connectionString) ? StorageServiceCollectionExtensions.DefaultSqliteConnectionString : connectionString);
    }

    /// <summary>What is wrong with Storage:Provider and ConnectionStrings:AlignmentBot, or <see langword="null"/>.</summary>
    public static string? StorageProblem(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        switch (ProviderName(configuration))
        {
            case "sqlite":
                return string.IsNullOrWhiteSpace(connectionString) || Parses(() => new SqliteConnectionStringBuilder(connectionString).DataSource)
                    ? null
                    : "ConnectionStrings:AlignmentBot is not a SQLite connection string (Storage:Provider is Sqlite). Set it like \"Data Source=/var/lib/alignmentbot/alignmentbot.db\", or set Storage:Provider to Postgres.";
            case "postgres" or "postgresql":
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    return "Storage:Provider is Postgres but ConnectionStrings:AlignmentBot is empty. Set it, e.g. ConnectionStrings__AlignmentBot=\"Host=db;Database=alignmentbot;Username=alignmentbot;Password=...\".";
                }

                return Parses(() => new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Host)
                    ? null
                    : "ConnectionStrings:AlignmentBot is not a PostgreSQL connection string (Storage:Provider is Postgres). Set it like \"Host=db;Database=alignmentbot;Username=alignmentbot\" (the password in PGPASSWORD), not \"Data Source=...\".";
            default:
                return $"Storage:Provider '{configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.Provider)}"]?.Trim()}' is not supported. Use 'Sqlite' (default) or 'Postgres'.";
        }
    }

    // The drivers' parsers throw on an unknown keyword; their messages can quote the string, so only the verdict is kept.
    private static bool Parses(Func<string?> parse)
    {
        try
        {
            _ = parse();
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string ProviderName(IConfiguration configuration)
        => (configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.Provider)}"] is { Length: > 0 } name ? name : "Sqlite").Trim().ToLowerInvariant();

    /// <summary>Where the data lives, safe to log: a file path for SQLite, host and database for PostgreSQL, never a password.</summary>
    public static string DescribeStorage(IConfiguration configuration)
    {
        var (provider, connectionString) = Storage(configuration);
        return provider == StorageProvider.Postgres
            ? NpgsqlConnectionFactory.Describe(connectionString)
            : $"SQLite at {Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource)}";
    }
}
