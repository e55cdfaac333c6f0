using AlignmentBot.Application;
using AlignmentBot.Scheduling;
using AlignmentBot.Storage;
using Microsoft.Data.Sqlite;

namespace AlignmentBot.Host.Configuration;

public static class HostServiceCollectionExtensions
{
    public const string ConnectionStringName = "AlignmentBot";

    /// <summary>Everything the web host and the command line share: use cases and the configured storage.</summary>
    public static IServiceCollection AddAlignmentCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAlignmentApplication();
        var provider = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>()?.Provider ?? "Sqlite";
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        switch (provider.Trim().ToLowerInvariant())
        {
            case "sqlite":
                var sqlite = string.IsNullOrWhiteSpace(connectionString) ? StorageServiceCollectionExtensions.DefaultSqliteConnectionString : connectionString;
                services.AddAlignmentStorage(s => s.UseSqlite(sqlite));

                // Weekly digests: Quartz keeps their triggers in the same database. It only runs in the started web host.
                services.AddDigestScheduling(configuration, jobs => jobs.UseSqlite(sqlite));
                break;
            default:
                throw new InvalidOperationException($"Storage:Provider '{provider}' is not supported. Use 'Sqlite' (default) or 'Postgres'.");
        }

        return services;
    }

    /// <summary>Where the data lives, safe to log: a file path for SQLite, never a password.</summary>
    public static string DescribeStorage(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? StorageServiceCollectionExtensions.DefaultSqliteConnectionString : connectionString);
        return $"SQLite at {Path.GetFullPath(builder.DataSource)}";
    }
}
