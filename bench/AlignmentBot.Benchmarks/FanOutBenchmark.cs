using AlignmentBot.Conversations.Messages;
using AlignmentBot.Scheduling.Tests.FanOut.StandIns;
using AlignmentBot.Storage;
using AlignmentBot.Storage.Migrations;
using AlignmentBot.Storage.Sql;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Benchmarks;

/// <summary>
/// What the fan-out benchmarks share: the loopback Slack and Teams stand-ins (<see cref="FanOutRig"/>), a SQLite file in a
/// temporary directory, the storage services with the product's senders, and the delivery records cleared before each
/// iteration so the same period goes out again. A subclass adds its dispatcher, seeds what is due, and posts it.
/// </summary>
/// <param name="databaseFile">The SQLite file's name in the temporary directory.</param>
/// <param name="deliveriesTable">The table of delivery records that would (rightly) stop a second fan-out of the period.</param>
public abstract class FanOutBenchmark(string databaseFile, string deliveriesTable)
{
    /// <summary>One Slack workspace and two Teams tenants.</summary>
    protected static readonly string[] Workspaces = ["T0NORTH", "tenant-east", "tenant-west"];

    private string _directory = null!;

    protected FanOutRig Rig { get; private set; } = null!;

    protected ServiceProvider Services { get; private set; } = null!;

    protected SqliteConnectionFactory Connections { get; private set; } = null!;

    /// <summary>Where each post of one fan-out should go, for the stand-ins' lower bound on its time.</summary>
    protected List<ConversationAddress> Posts { get; } = [];

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [IterationSetup]
    public void ForgetDeliveries()
    {
        // Each iteration fans out the same period again: clear the records that would (rightly) stop it.
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM " + deliveriesTable;
        command.ExecuteNonQuery();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine($"// Stand-ins: {Rig.Slack.Accepted.Count + Rig.Teams.Accepted.Count} posts accepted, {Rig.Slack.Throttled} Slack and {Rig.Teams.Throttled} Teams 429s, {Rig.EarlyRetries} retried before their Retry-After.");
        Console.WriteLine($"// The stand-ins' limits allow one fan-out in {Rig.AllowedFloor(Posts).TotalSeconds:0.00} s (Slack {Rig.SlackPerWorkspacePerSecond}/s per workspace and 1/s per channel, Teams {Rig.TeamsPerTenantPerSecond}/s per tenant); compare with Mean.");
        Services.Dispose();
        Rig.DisposeAsync().AsTask().GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Registers the dispatcher under test and its options; storage, logging and the senders are already there.</summary>
    protected abstract void AddDispatcher(IServiceCollection services);

    /// <summary>Stores the workspaces and whatever is due now, adding each post it expects to <see cref="Posts"/>.</summary>
    protected abstract Task SeedAsync();

    private string ConnectionString => $"Data Source={Path.Combine(_directory, databaseFile)}";

    private async Task SetupAsync()
    {
        Rig = await FanOutRig.StartAsync(Workspaces[0]);
        _directory = Path.Combine(Path.GetTempPath(), "alignmentbot-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        Connections = new SqliteConnectionFactory(ConnectionString);

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAlignmentStorage(s => s.UseConnectionFactory(Connections));
        AddDispatcher(services);
        foreach (var sender in Rig.Senders)
        {
            services.AddSingleton(sender);
        }

        Services = services.BuildServiceProvider();
        await Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        await SeedAsync();
    }
}

/// <summary>Each operation is a whole fan-out against rate-limited servers: few, long iterations, in process.</summary>
internal sealed class FanOutConfig : ManualConfig
{
    public FanOutConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
            .WithWarmupCount(1).WithIterationCount(3).WithInvocationCount(1).WithUnrollFactor(1).WithId("InProcess"));
    }
}
