using AlignmentBot.Application.Demo;
using AlignmentBot.Application.Digests;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Scheduling.Tests.FanOut.StandIns;
using AlignmentBot.Storage;
using AlignmentBot.Storage.Migrations;
using AlignmentBot.Storage.Sql;
using AlignmentBot.Storage.Stores;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Benchmarks;

/// <summary>
/// Posting 1,000 due digests (one Slack workspace, two Teams tenants, one channel in ten carrying two digests)
/// through the real dispatcher, SQLite delivery records and the product's Slack and Teams senders against the
/// loopback stand-ins, which
/// enforce Slack's 1 message/s per channel (plus 100/s per workspace) and Teams' 7/s and 8/2 s per conversation
/// (plus 50/s per tenant). Throughput = 1,000 / Mean.
/// <c>dotnet run -c Release --project bench/AlignmentBot.Benchmarks -- --filter '*DigestFanOut*'</c>
/// </summary>
[Config(typeof(Config))]
public class DigestFanOutBenchmarks
{
    private static readonly string[] Workspaces = ["T0NORTH", "tenant-east", "tenant-west"];

    private FanOutRig _rig = null!;
    private string _directory = null!;
    private ServiceProvider _services = null!;
    private SqliteConnectionFactory _connections = null!;
    private readonly List<ConversationAddress> _posts = [];

    [Params(1_000)]
    public int Subscriptions { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [IterationSetup]
    public void ForgetDeliveries()
    {
        // Each iteration posts the same period again: clear the records that would (rightly) stop it.
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM digest_deliveries";
        command.ExecuteNonQuery();
    }

    [Benchmark]
    public int PostAllDue()
    {
        var outcomes = _services.GetRequiredService<DigestDispatcher>().SendAllDueAsync(null, default).GetAwaiter().GetResult();
        var posted = outcomes.Count(o => o.Kind == DeliveryOutcomeKind.Posted);
        return posted == Subscriptions ? posted : throw new InvalidOperationException($"Only {posted} of {Subscriptions} posted: {string.Join("; ", outcomes.Where(o => o.Kind != DeliveryOutcomeKind.Posted).Take(3).Select(o => o.Summary))}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine($"// Stand-ins: {_rig.Slack.Accepted.Count + _rig.Teams.Accepted.Count} posts accepted, {_rig.Slack.Throttled} Slack and {_rig.Teams.Throttled} Teams 429s, {_rig.EarlyRetries} retried before their Retry-After.");
        Console.WriteLine($"// The stand-ins' limits allow one fan-out in {_rig.AllowedFloor(_posts).TotalSeconds:0.00} s (Slack {_rig.SlackPerWorkspacePerSecond}/s per workspace and 1/s per channel, Teams {_rig.TeamsPerTenantPerSecond}/s per tenant); compare with Mean.");
        _services.Dispose();
        _rig.DisposeAsync().AsTask().GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private string ConnectionString => $"Data Source={Path.Combine(_directory, "fanout.db")}";

    private async Task SetupAsync()
    {
        _rig = await FanOutRig.StartAsync(Workspaces[0]);
        _directory = Path.Combine(Path.GetTempPath(), "alignmentbot-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        _connections = new SqliteConnectionFactory(ConnectionString);

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAlignmentStorage(s => s.UseConnectionFactory(_connections));
        services.AddDigests();
        services.AddSingleton<Application.Ports.IDigestScheduler, NoScheduler>();
        foreach (var sender in _rig.Senders)
        {
            services.AddSingleton(sender);
        }

        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<DatabaseMigrator>().MigrateAsync();

        var now = DateTimeOffset.UtcNow;
        var workspaces = new SqlWorkspaceStore(_connections);
        var seeder = new DemoSeeder(workspaces, new SqlGoalStore(_connections), new SqlRequestStore(_connections), new SqlSlaStore(_connections), new SqlImportStore(_connections), TimeProvider.System);
        foreach (var id in Workspaces)
        {
            await seeder.SeedAsync(new WorkspaceId(id), force: true, default);
            await workspaces.SaveAsync(new Workspace(new WorkspaceId(id), id.StartsWith('T') ? Platform.Slack : Platform.Teams, id, "UTC"), default);
        }

        // Due a minute ago, in UTC, wherever and whenever the benchmark runs.
        var due = now.AddMinutes(-1);
        var schedule = new DigestSchedule(due.DayOfWeek, new TimeOnly(due.Hour, due.Minute), "UTC");
        var store = new SqlDigestSubscriptionStore(_connections);
        var count = 0;
        for (var channel = 0; count < Subscriptions; channel++)
        {
            var workspace = Workspaces[channel % Workspaces.Length];
            var address = workspace.StartsWith('T')
                ? new ConversationAddress("slack", workspace, $"C{channel:D6}", IsGroup: true)
                : new ConversationAddress("msteams", workspace, $"19:{channel:D6}@thread.tacv2", ServiceUrl: _rig.TeamsServiceUrl, IsGroup: true);
            foreach (var audience in channel % 10 == 0 ? [Audience.Marketing, Audience.Leadership] : new[] { Audience.Marketing })
            {
                if (count++ < Subscriptions)
                {
                    _posts.Add(address);
                    await store.SaveAsync(new DigestSubscription(Guid.NewGuid(), new WorkspaceId(workspace), audience, address, schedule, now.AddDays(-1), "bench", now.AddDays(-1), "bench"), default);
                }
            }
        }
    }

    private sealed class NoScheduler : Application.Ports.IDigestScheduler
    {
        public Task ScheduleAsync(DigestSubscription subscription, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task UnscheduleAsync(WorkspaceId workspaceId, Guid subscriptionId, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // Each operation is a whole fan-out against rate-limited servers: few, long iterations.
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
                .WithWarmupCount(1).WithIterationCount(3).WithInvocationCount(1).WithUnrollFactor(1).WithId("InProcess"));
        }
    }
}
