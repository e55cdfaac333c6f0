using AlignmentBot.Application.Digests;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Host.Configuration;
using AlignmentBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AlignmentBot.Host.Tests.ScaleOut;

/// <summary>
/// Three AlignmentBot host processes on one PostgreSQL database on loopback, with Slack's Web API stood in for on
/// loopback too. The hosts start together, so they also race for the migrations. Right after they are up, the
/// digests of <see cref="DigestCount"/> Slack channels are scheduled for the next minute at least
/// <see cref="DigestLead"/> away, the way a host schedules them (Quartz's clustered job store), so they fire while
/// the earlier steps run.
/// </summary>
public sealed class ScaleOutCluster : IAsyncLifetime
{
    public const int DigestCount = 45;
    public const string DigestChannelPrefix = "C0DIGEST";

    /// <summary>
    /// Longer than Quartz's idle wait (30 s between an instance's looks at the job store, when nothing is due), so
    /// every instance looks at least once in the 30 s before the digests are due, takes one trigger and is awake when
    /// they fire. With 20 s, an instance whose last look came just before the triggers were written slept through the
    /// fire time, and whichever instance was awake fired all 45 by itself (seen 3 times in 8 runs: "a surviving
    /// instance posted nothing"). The triggers are written by this fixture, not by an instance, so none is woken early.
    /// </summary>
    public static readonly TimeSpan DigestLead = TimeSpan.FromSeconds(35);

    private readonly List<HostProcess> _hosts = [];
    private int _started;

    public TempPostgresDatabase Database { get; private set; } = null!;

    internal SlackStandIn Slack { get; private set; } = null!;

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(60) };

    internal IReadOnlyList<HostProcess> Hosts => _hosts.Where(h => !h.HasExited).ToArray();

    internal IReadOnlyList<HostProcess> AllHosts => _hosts;

    public DateTimeOffset DigestsDueAt { get; private set; }

    public IReadOnlyList<DigestSubscription> Digests { get; private set; } = [];

    /// <summary>Set ALIGNMENTBOT_SCALEOUT_DIGESTS=0 to leave digests out (the longer load run in bench/ does).</summary>
    public static bool DigestsWanted => Environment.GetEnvironmentVariable("ALIGNMENTBOT_SCALEOUT_DIGESTS") != "0";

    public async Task InitializeAsync()
    {
        Database = await TempPostgresDatabase.CreateAsync();
        Slack = await SlackStandIn.StartAsync();
        var starting = Enumerable.Range(0, 3).Select(_ => StartHost()).ToArray();
        await Task.WhenAll(starting.Select(h => h.WaitHealthyAsync(Http, TimeSpan.FromMinutes(3))));
        if (DigestsWanted)
        {
            await ScheduleDigestsAsync();
        }
    }

    internal HostProcess StartHost()
    {
        var name = $"h{Interlocked.Increment(ref _started)}";
        var environment = ProcessEnvironment(name);
        foreach (var (key, value) in new Dictionary<string, string>
        {
            // The reminders step sends them with `reminders send` processes it starts and kills itself; the instances'
            // own reminder job (every 5 minutes, on whichever instance) would race them at a moment set by the wall clock.
            ["Reminders__Enabled"] = "false",

            // Small send slots, so an instance is caught with posts in flight and more waiting; quick failure
            // detection and settling, so the kill step does not wait minutes.
            ["Digests__MaxConcurrentSends"] = "3",
            ["Digests__MaxConcurrentSendsTotal"] = "3",
            ["Digests__SendTimeout"] = "00:00:10",
            ["Digests__SendingLease"] = "00:00:12",
            ["Digests__MaintenanceInterval"] = "00:00:02",
            ["Digests__ClusterCheckinInterval"] = "00:00:01",
            ["Digests__ClusterCheckinMisfireThreshold"] = "00:00:03",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__AlignmentBot"] = "Information",

            // The retry step reads each instance's "… is already in the inbox" line to know it is done with an event.
            ["Logging__LogLevel__AlignmentBot.Conversations.Turns.BackgroundTurns"] = "Information",
            ["Logging__LogLevel__Quartz.Impl.AdoJobStore"] = "Information",
        })
        {
            environment[key] = value;
        }

        var host = HostProcess.Start(name, environment);
        _hosts.Add(host);
        return host;
    }

    /// <summary>What every process of the cluster is configured with: the shared database and the Slack stand-in, seen as <paramref name="name"/>.</summary>
    internal Dictionary<string, string> ProcessEnvironment(string name) => new()
    {
        ["Storage__Provider"] = "Postgres",
        ["ConnectionStrings__AlignmentBot"] = Database.ConnectionString,
        ["Slack__BotToken"] = SlackStandIn.BotToken,
        ["Slack__SigningSecret"] = SlackStandIn.SigningSecret,
        ["Slack__ApiBaseUrl"] = Slack.ApiUrlFor(name),
        ["Slack__SocketMode"] = "false",
    };

    /// <summary>The application's own services on the cluster's database, to seed data as a host would write it.</summary>
    public ServiceProvider Services()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:AlignmentBot"] = Database.ConnectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddAlignmentCore(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>The digest subscriptions, created as a host creates them (the subscription row, then the Quartz trigger).</summary>
    private async Task ScheduleDigestsAsync()
    {
        await using var provider = Services();
        var subscriptions = provider.GetRequiredService<DigestSubscriptions>();

        var now = DateTimeOffset.UtcNow;
        var due = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddMinutes(1);
        while (due - now < DigestLead)
        {
            due = due.AddMinutes(1);
        }

        var schedule = new DigestSchedule(due.DayOfWeek, new TimeOnly(due.Hour, due.Minute), "UTC");
        Audience[] audiences = [Audience.Leadership, Audience.Marketing, Audience.Sales];
        var created = new List<DigestSubscription>();
        for (var i = 0; i < DigestCount; i++)
        {
            var address = new ConversationAddress("slack", SlackStandIn.TeamId, $"{DigestChannelPrefix}{i:D3}", BotId: SlackStandIn.BotUserId, IsGroup: true, Name: $"#digest-{i}");
            var change = await subscriptions.SubscribeAsync(address, audiences[i % 3], schedule, "U0ADMIN01", default);
            created.Add(change.Subscription ?? throw new InvalidOperationException($"Subscribing {address.ConversationId} failed: {change.Reply}"));
        }

        Digests = created;
        DigestsDueAt = due;
    }

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var result = await command.ExecuteScalarAsync();
        return (T)Convert.ChangeType(result!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<(string Subscription, string State, string? ClaimedBy)>> DeliveriesAsync()
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT subscription_id::text, state, claimed_by FROM digest_deliveries", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string, string?)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        return rows;
    }

    /// <summary>Every host's log tail, for a failure message.</summary>
    internal string Logs(int lines = 30) => string.Join("\n", _hosts.Select(h => $"--- {h.Name} (pid {h.ProcessId}{(h.HasExited ? ", exited" : string.Empty)}) ---\n{h.Tail(lines)}"));

    public async Task DisposeAsync()
    {
        var logDirectory = Path.Combine(Path.GetTempPath(), "alignmentbot-scaleout", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(logDirectory);
        foreach (var host in _hosts)
        {
            await File.WriteAllLinesAsync(Path.Combine(logDirectory, host.Name + ".log"), host.Log);
            await host.DisposeAsync();
        }

        await Slack.DisposeAsync();
        await Database.DisposeAsync();
        Http.Dispose();
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ScaleOutCollection : ICollectionFixture<ScaleOutCluster>
{
    public const string Name = "Scale-out: several host processes on one PostgreSQL database";
}
