using AlignmentBot.Storage.Sql;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Storage;

/// <summary>Chooses the storage engine: <c>storage.UseSqlite("Data Source=alignmentbot.db")</c>.</summary>
public sealed class StorageBuilder(IServiceCollection services)
{
    public IServiceCollection Services { get; } = services;

    internal bool ProviderChosen { get; private set; }

    public StorageBuilder UseSqlite(string connectionString)
    {
        Services.AddSingleton<IDbConnectionFactory>(new SqliteConnectionFactory(connectionString));
        ProviderChosen = true;
        return this;
    }

    /// <summary>For providers added outside this project (tests, later engines).</summary>
    public StorageBuilder UseConnectionFactory(IDbConnectionFactory factory)
    {
        Services.AddSingleton(factory);
        ProviderChosen = true;
        return this;
    }
}
