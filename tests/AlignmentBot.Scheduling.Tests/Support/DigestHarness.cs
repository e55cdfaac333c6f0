using AlignmentBot.Application.Demo;
using AlignmentBot.Application.Digests;
using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage;
using AlignmentBot.Storage.Stores;
using AlignmentBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AlignmentBot.Scheduling.Tests.Support;

/// <summary>
/// The digest use cases as the host wires them, on a temp SQLite file with a fake clock and fake channel
/// senders, without Quartz. <see cref="RestartAsync"/> builds a fresh process over the same database and clock.
/// </summary>
internal sealed class DigestHarness : IAsyncDisposable
{
    public static readonly WorkspaceId Acme = new("T-ACME");

    /// <summary>Friday 20 Nov 2026, 12:00 UTC (07:00 in New York).</summary>
    public static readonly DateTimeOffset Friday = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Monday 23 Nov 2026, 09:00 in New York.</summary>
    public static readonly DateTimeOffset MondayNine = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

    private readonly bool _ownsDatabase;

    private DigestHarness(TempSqliteDatabase database, FakeTimeProvider time, bool ownsDatabase, Action<DigestOptions>? configure, IEnumerable<IMessageSender>? senders,
        Func<IDigestDeliveryStore, IDigestDeliveryStore>? wrapDeliveries = null)
    {
        Database = database;
        Time = time;
        _ownsDatabase = ownsDatabase;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        if (wrapDeliveries is not null)
        {
            services.AddSingleton(wrapDeliveries(new SqlDigestDeliveryStore(database.Connections)));
        }

        services.AddAlignmentStorage(s => s.UseConnectionFactory(database.Connections));
        services.AddDigests();
        services.Configure<DigestOptions>(o => configure?.Invoke(o));
        services.AddSingleton<IDigestScheduler>(Scheduler);
        foreach (var sender in senders ?? [Slack, Teams])
        {
            services.AddSingleton(sender);
        }

        Services = services.BuildServiceProvider();
    }

    public TempSqliteDatabase Database { get; }

    public FakeTimeProvider Time { get; }

    public FakeSender Slack { get; } = new("slack");

    public FakeSender Teams { get; } = new("msteams");

    public FakeDigestScheduler Scheduler { get; } = new();

    public ServiceProvider Services { get; }

    public DigestSubscriptions Subscriptions => Services.GetRequiredService<DigestSubscriptions>();

    public DigestDispatcher Dispatcher => Services.GetRequiredService<DigestDispatcher>();

    public IDigestDeliveryStore Deliveries => Services.GetRequiredService<IDigestDeliveryStore>();

    public IDigestSubscriptionStore SubscriptionStore => Services.GetRequiredService<IDigestSubscriptionStore>();

    public static async Task<DigestHarness> CreateAsync(DateTimeOffset? now = null, Action<DigestOptions>? configure = null, IEnumerable<IMessageSender>? senders = null,
        Func<IDigestDeliveryStore, IDigestDeliveryStore>? wrapDeliveries = null)
    {
        var database = await new TempSqliteDatabase().MigratedAsync();
        var harness = new DigestHarness(database, new FakeTimeProvider(now ?? Friday), true, configure, senders, wrapDeliveries);
        await new SqlWorkspaceStore(database.Connections).SaveAsync(new Workspace(Acme, Platform.Slack, "Acme Analytics", "America/New_York"), default);
        return harness;
    }

    /// <summary>A new process on the same database and clock: nothing in memory survives, only what was stored.</summary>
    public DigestHarness Restart(Action<DigestOptions>? configure = null) => new(Database, Time, false, configure, null);

    public Task<DigestHarness> RestartAsync(Action<DigestOptions>? configure = null) => Task.FromResult(Restart(configure));

    public static ConversationAddress Channel(string id, string channelId = "slack", string? workspace = null)
        => new(channelId, workspace ?? Acme.Value, id, Name: "#" + id, IsGroup: true);

    public async Task<DigestSubscription> SubscribeAsync(string channel, Audience audience = Audience.Marketing, DigestSchedule? schedule = null, string channelId = "slack")
    {
        var change = await Subscriptions.SubscribeAsync(Channel(channel, channelId), audience,
            schedule ?? new DigestSchedule(DayOfWeek.Monday, new TimeOnly(9, 0), "America/New_York"), "U-MARCO", default);
        Assert.True(change.Succeeded, change.Reply);
        return change.Subscription!;
    }

    public Task SeedDemoAsync(WorkspaceId? workspace = null)
        => new DemoSeeder(new SqlWorkspaceStore(Database.Connections), new SqlGoalStore(Database.Connections), new SqlRequestStore(Database.Connections),
            new SqlSlaStore(Database.Connections), new SqlImportStore(Database.Connections), Time).SeedAsync(workspace ?? Acme, force: true, default);

    public async Task<DigestDelivery?> DeliveryAsync(DigestSubscription subscription, string periodKey)
        => await Deliveries.GetAsync(subscription.WorkspaceId, subscription.Id, periodKey, default);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_ownsDatabase)
        {
            Database.Dispose();
        }
    }
}
