using AlignmentBot.Application;
using AlignmentBot.Application.Demo;
using AlignmentBot.Application.Understanding;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage;
using AlignmentBot.Storage.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace AlignmentBot.Testing;

/// <summary>
/// The real bot with real SQLite storage in a temp file and a fake clock. <see cref="Restart"/> builds a fresh
/// service provider on the same database, as a host restart (or another instance) would.
/// </summary>
public sealed class BotHarness : IAsyncDisposable
{
    private readonly TempSqliteDatabase _database = new();
    private readonly Action<IServiceCollection>? _configure;
    private ServiceProvider _services;
    private readonly List<ServiceProvider> _others = [];

    private BotHarness(Action<IServiceCollection>? configure)
    {
        _configure = configure;
        _services = Build();
    }

    public FakeTimeProvider Time { get; } = new(TestData.Now);

    /// <summary>Configuration the bot is built with (e.g. "Bot:IdleTimeout"); set before <see cref="Restart"/> to apply.</summary>
    public static Dictionary<string, string?> Settings { get; } = new();

    public IServiceProvider Services => _services;

    public IBot Bot => _services.GetRequiredService<IBot>();

    public string ConnectionString => _database.ConnectionString;

    public static async Task<BotHarness> StartAsync(Action<IServiceCollection>? configure = null)
    {
        var harness = new BotHarness(configure);
        await harness._services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return harness;
    }

    public async Task SeedDemoAsync(string workspace = "local")
    {
        var (data, problem) = await _services.GetRequiredService<DemoSeeder>().SeedAsync(new WorkspaceId(workspace), force: true, default);
        if (data is null)
        {
            throw new InvalidOperationException(problem);
        }
    }

    /// <summary>A person who already has their role (and admin right), so a transcript can skip the first-contact question.</summary>
    public async Task PersonAsync(string userId, string name, Role? role, string workspace = "local", bool admin = false, Platform platform = Platform.Local)
    {
        var store = _services.GetRequiredService<Application.Ports.IWorkspaceStore>();
        var id = new WorkspaceId(workspace);
        if (await store.GetAsync(id, default) is null)
        {
            await store.SaveAsync(new Workspace(id, platform, workspace), default);
        }

        await store.SavePersonAsync(new Person(id, userId, name, role) { IsAdmin = admin }, default);
    }

    /// <summary>A second bot on the same database with its own caches: another host instance behind the load balancer.</summary>
    public IBot SecondInstance()
    {
        var second = Build();
        _others.Add(second);
        return second.GetRequiredService<IBot>();
    }

    /// <summary>Drops every in-memory cache, like a host restart: only what is in the database survives.</summary>
    public async Task Restart()
    {
        await _services.DisposeAsync();
        _services = Build();
    }

    public Transcript Conversation(string user = "U-DANA", string name = "Dana", string workspace = "local", string conversation = "dm-dana", bool isGroup = false, string channel = "test",
        UserStanding standing = UserStanding.Member)
        => new(this, new ConversationAddress(channel, workspace, conversation, IsGroup: isGroup), new UserRef(user, name) { Standing = standing });

    public async ValueTask DisposeAsync()
    {
        foreach (var other in _others)
        {
            await other.DisposeAsync();
        }

        await _services.DisposeAsync();
        _database.Dispose();
    }

    private ServiceProvider Build()
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(Settings).Build());
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(SharedLanguage.Language);
        services.AddAlignmentApplication();
        services.AddAlignmentStorage(s => s.UseSqlite(_database.ConnectionString));
        _configure?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
