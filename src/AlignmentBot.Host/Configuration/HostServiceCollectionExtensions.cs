using AlignmentBot.Application;
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
                services.AddAlignmentStorage(s => s.UseSqlite(string.IsNullOrWhiteSpace(connectionString) ? StorageServiceCollectionExtensions.DefaultSqliteConnectionString : connectionString));
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
