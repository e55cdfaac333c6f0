using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Reminders;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Metrics;
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
/// One reminder run's fan-out: 1,000 goal owners (one Slack workspace, two Teams tenants), each with a check-in due, get
/// one direct message each through the real <see cref="ReminderDispatcher"/>, SQLite delivery records (claimed before the
/// post, completed after) and the product's Slack and Teams senders against the digests' loopback stand-ins, which enforce
/// Slack's 1 message/s per channel and 100/s per workspace and Teams' per-conversation limits and 50/s per tenant.
/// <c>dotnet run -c Release --project bench/AlignmentBot.Benchmarks -- --filter '*ReminderFanOut*'</c>
/// </summary>
[Config(typeof(Config))]
public class ReminderFanOutBenchmarks
{
    private static readonly string[] Workspaces = ["T0NORTH", "tenant-east", "tenant-west"];

    private FanOutRig _rig = null!;
    private string _directory = null!;
    private ServiceProvider _services = null!;
    private SqliteConnectionFactory _connections = null!;
    private readonly List<ConversationAddress> _posts = [];

    [Params(1_000)]
    public int People { get; set; }

    /// <summary><c>Reminders:MaxConcurrentSends</c>: direct messages at once per Slack team or Teams tenant.</summary>
    [Params(4, 16)]
    public int MaxConcurrentSends { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [IterationSetup]
    public void ForgetDeliveries()
    {
        // Each iteration reminds everyone about the same period again: clear the records that would (rightly) stop it.
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM reminder_deliveries";
        command.ExecuteNonQuery();
    }

    [Benchmark]
    public int RemindAllDue()
    {
        var outcomes = _services.GetRequiredService<ReminderDispatcher>().RunAsync(default).GetAwaiter().GetResult();
        var sent = outcomes.Count(o => o.Sent);
        return sent == People ? sent : throw new InvalidOperationException($"Only {sent} of {People} reminded: {string.Join("; ", outcomes.Where(o => !o.Sent).Take(3).Select(o => o.Summary))}");
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

    private string ConnectionString => $"Data Source={Path.Combine(_directory, "reminders.db")}";

    private async Task SetupAsync()
    {
        _rig = await FanOutRig.StartAsync(Workspaces[0]);
        _directory = Path.Combine(Path.GetTempPath(), "alignmentbot-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        _connections = new SqliteConnectionFactory(ConnectionString);

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAlignmentStorage(s => s.UseConnectionFactory(_connections));
        services.AddReminders();

        // Due now wherever and whenever the benchmark runs: every day a working day, no quiet hours, asked at midnight.
        services.Configure<ReminderOptions>(o =>
        {
            o.DefaultTime = "00:00";
            o.QuietFrom = "00:00";
            o.QuietUntil = "00:00";
            o.WorkingDays = Enum.GetValues<DayOfWeek>();
            o.MaxConcurrentSends = MaxConcurrentSends;
        });
        foreach (var sender in _rig.Senders)
        {
            services.AddSingleton(sender);
        }

        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<DatabaseMigrator>().MigrateAsync();

        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var workspaces = new SqlWorkspaceStore(_connections);
        var goals = new SqlGoalStore(_connections);
        var directory = _services.GetRequiredService<IConversationDirectory>();
        foreach (var id in Workspaces)
        {
            await workspaces.SaveAsync(new Workspace(new WorkspaceId(id), id.StartsWith('T') ? Platform.Slack : Platform.Teams, id, "UTC"), default);
        }

        // One weekly goal per person, started ten days ago, without a number: last week's check-in is due now. The owner
        // set it, so no setter is told; each person's 1:1 is known, as for anyone who has talked to the bot.
        for (var i = 0; i < People; i++)
        {
            var workspace = Workspaces[i % Workspaces.Length];
            var ws = new WorkspaceId(workspace);
            var personId = workspace.StartsWith('T') ? $"U{i:D6}" : $"29:{i:D6}";
            var address = workspace.StartsWith('T')
                ? new ConversationAddress("slack", workspace, $"D{i:D6}")
                : new ConversationAddress("msteams", workspace, $"a:{i:D6}", ServiceUrl: _rig.TeamsServiceUrl, BotId: FanOutRig.AppId);
            await directory.RememberAsync(address, personId, now, default);
            await workspaces.SavePersonAsync(new Person(ws, personId, $"Owner {i}", Role.Marketer, "UTC") { PersonalConversation = address.Key }, default);
            await goals.SaveAsync(ws, [new Goal(GoalId.New(), ws, "more pipeline", MetricKey.Pipeline, null, 100, Direction.Increase, PeriodKind.Week, today.AddDays(-10), today.AddDays(200),
                Cadence.Weekly, $"Owner {i}", Audience.Marketing, GoalStatus.Active, now.AddDays(-10), personId, personId)], default);
            _posts.Add(address);
        }
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
