using AlignmentBot.Application.Digests;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Scheduling.Tests.Support;
using AlignmentBot.Storage;
using AlignmentBot.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace AlignmentBot.Scheduling.Tests.Quartz;

/// <summary>
/// The scheduling as the web host runs it — migrations at start-up, Quartz on the SQLite file, the digest jobs —
/// driven by a fake clock. Each instance is one process lifetime; start another on the same file to "restart".
/// </summary>
internal sealed class SchedulerHost : QuartzTestHost
{
    private readonly TempSqliteDatabase _database;

    private SchedulerHost(IHost host, TempSqliteDatabase database, FakeSender sender)
        : base(host)
    {
        _database = database;
        Sender = sender;
    }

    public FakeSender Sender { get; }

    public DigestSubscriptions Subscriptions => Services.GetRequiredService<DigestSubscriptions>();

    public static async Task<SchedulerHost> StartAsync(TempSqliteDatabase database, FakeTimeProvider time, FakeSender? sender = null, Dictionary<string, string?>? settings = null)
    {
        sender ??= new FakeSender("slack");
        var host = await StartHostAsync(time, settings,
            storage: services => services.AddAlignmentStorage(s => s.UseSqlite(database.ConnectionString)),
            jobs => jobs.UseSqlite(database.ConnectionString),
            senders: services => services.AddSingleton<IMessageSender>(sender));
        return new SchedulerHost(host, database, sender);
    }

    /// <summary>
    /// The digest trigger of <paramref name="subscription"/> once no digest firing is in flight (Quartz keeps a row in
    /// QRTZ_FIRED_TRIGGERS from the moment it takes a trigger until its job has finished). Its previous and next fire
    /// times then say what the scheduler did and will do, so "nothing more happens" is read from Quartz's own state
    /// instead of from a quiet moment.
    /// </summary>
    public async Task<ICronTrigger> SettledTriggerAsync(DigestSubscription subscription)
    {
        for (var i = 0; i < 400 && await DigestFiringsInFlightAsync() > 0; i++)
        {
            await Task.Delay(25);
        }

        Assert.Equal(0, await DigestFiringsInFlightAsync());
        return (ICronTrigger)(await (await SchedulerAsync()).GetTrigger(DigestJobKeys.Trigger(subscription)))!;
    }

    private async Task<long> DigestFiringsInFlightAsync()
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM QRTZ_FIRED_TRIGGERS WHERE TRIGGER_GROUP LIKE 'digest:%'";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Moves the clock until the maintenance job, which a host schedules to run at start and then every interval, has run
    /// <paramref name="times"/> times on this host. Quartz fires triggers in the order they fall due, so by then it
    /// has fired every trigger that was due when the host started.
    /// </summary>
    public async Task<bool> MaintenanceRanAsync(FakeTimeProvider time, int times)
    {
        var scheduler = await SchedulerAsync();
        return await QuartzClock.AdvanceUntilAsync(time, async () => await scheduler.GetTrigger(DigestJobKeys.MaintenanceTrigger) is ISimpleTrigger { TimesTriggered: var n } && n >= times,
            TimeSpan.FromSeconds(10));
    }
}
