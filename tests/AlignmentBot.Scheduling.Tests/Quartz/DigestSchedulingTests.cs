using AlignmentBot.Application.Digests;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Scheduling.Tests.Support;
using AlignmentBot.Storage.Stores;
using AlignmentBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using static AlignmentBot.Scheduling.Tests.Quartz.SchedulerHost;
using static AlignmentBot.Scheduling.Tests.Support.DigestHarness;
using static AlignmentBot.Scheduling.Tests.Support.QuartzClock;

namespace AlignmentBot.Scheduling.Tests.Quartz;

/// <summary>Quartz hosted as the web host hosts it, on a temp SQLite file, with the clock in the test's hands.</summary>
public sealed class DigestSchedulingTests : IAsyncLifetime
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private readonly TempSqliteDatabase _database = new();
    private readonly FakeTimeProvider _time = new(Friday);

    public async Task InitializeAsync()
    {
        await _database.MigratedAsync();
        await new SqlWorkspaceStore(_database.Connections).SaveAsync(new Workspace(Acme, Platform.Slack, "Acme", "America/New_York"), default);
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Subscribe_TriggerIsACronInTheSubscriptionsTimeZoneAndSurvivesARestart()
    {
        DigestSubscription subscription;
        await using (var first = await StartAsync(_database, _time))
        {
            subscription = await SubscribeAsync(first, "marketing");
        }

        await using var second = await StartAsync(_database, _time);
        var trigger = (ICronTrigger)(await (await second.SchedulerAsync()).GetTrigger(new TriggerKey(subscription.Id.ToString("N"), "digest:" + Acme.Value)))!;

        Assert.Equal("0 0 9 ? * MON", trigger.CronExpressionString);
        Assert.Equal("America/New_York", trigger.TimeZone.Id);
        Assert.Equal(MondayNine, trigger.NextFireTimeUtc);
        Assert.Equal(CronTriggerMisfireInstruction.FireAndProceed, trigger.MisfireInstruction);
    }

    [Fact]
    public async Task Subscribe_TriggersDueTogether_GetPrioritiesSpreadBySubscriptionNotByWorkspace()
    {
        await using var host = await StartAsync(_database, _time);
        var scheduler = await host.SchedulerAsync();
        var priorities = new List<int>();
        for (var i = 0; i < 12; i++)
        {
            var subscription = await SubscribeAsync(host, $"channel-{i}");
            var trigger = (await scheduler.GetTrigger(new TriggerKey(subscription.Id.ToString("N"), "digest:" + Acme.Value)))!;
            Assert.InRange(trigger.Priority, 1, 100);
            priorities.Add(trigger.Priority);
        }

        // Quartz fires same-minute triggers by priority: twelve subscriptions of one workspace must not share one
        // value, or a Monday fan-out would serve workspace after workspace.
        Assert.True(priorities.Distinct().Count() >= 6, string.Join(", ", priorities));
    }

    [Fact]
    public async Task Trigger_AtMondayNine_PostsExactlyOnce()
    {
        await using var host = await StartAsync(_database, _time);
        var subscription = await SubscribeAsync(host, "marketing");
        _time.SetUtcNow(MondayNine.AddSeconds(-5));

        Assert.True(await AdvanceUntilAsync(_time, async () => (await DeliveryAsync(subscription, "2026-11-23"))?.State == DeliveryState.Sent, Second));

        // Fired for 09:00 and moved on to next Monday: nothing is left to fire this week.
        var trigger = await host.SettledTriggerAsync(subscription);
        Assert.Equal(MondayNine, trigger.PreviousFireTimeUtc);
        Assert.Equal(MondayNine.AddDays(7), trigger.NextFireTimeUtc);
        Assert.Single(host.Sender.Posted);
        Assert.Equal(DeliveryState.Sent, (await DeliveryAsync(subscription, "2026-11-23"))!.State);
    }

    [Fact]
    public async Task Restart_MissedDigestWithinTheGracePeriod_IsSentOnceOnStartUp()
    {
        DigestSubscription subscription;
        await using (var before = await StartAsync(_database, _time))
        {
            subscription = await SubscribeAsync(before, "marketing");
        }

        // Down over Monday 09:00, back at 12:00 New York.
        _time.SetUtcNow(MondayNine.AddHours(3));
        await using var after = await StartAsync(_database, _time);

        Assert.True(await AdvanceUntilAsync(_time, async () => (await DeliveryAsync(subscription, "2026-11-23"))?.State == DeliveryState.Sent, Second));

        // The misfire fired once, at start-up, and the trigger went on to next Monday.
        var trigger = await after.SettledTriggerAsync(subscription);
        Assert.Equal(MondayNine.AddDays(7), trigger.NextFireTimeUtc);
        Assert.Single(after.Sender.Posted);
        Assert.Equal(DeliveryState.Sent, (await DeliveryAsync(subscription, "2026-11-23"))!.State);
    }

    [Fact]
    public async Task Restart_MissedDigestBeyondTheGracePeriod_IsSkippedAndMentionedNextTime()
    {
        DigestSubscription subscription;
        await using (var before = await StartAsync(_database, _time))
        {
            subscription = await SubscribeAsync(before, "marketing");
        }

        // Back on Tuesday morning, 24 hours late.
        _time.SetUtcNow(MondayNine.AddHours(24));
        await using var after = await StartAsync(_database, _time);

        Assert.True(await AdvanceUntilAsync(_time, async () => await DeliveryAsync(subscription, "2026-11-23") is not null, Second));
        Assert.Equal(DeliveryState.Missed, (await DeliveryAsync(subscription, "2026-11-23"))!.State);
        Assert.Empty(after.Sender.Posted);

        _time.SetUtcNow(MondayNine.AddDays(7).AddSeconds(-5));
        Assert.True(await AdvanceUntilAsync(_time, () => Task.FromResult(!after.Sender.Posted.IsEmpty), Second));
        Assert.Contains("The digest due Mon 23 Nov 2026 was not sent", Assert.Single(after.Sender.Posted).Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_MidWeekAfterMondaysDigest_FiresNothing()
    {
        DigestSubscription subscription;
        await using (var monday = await StartAsync(_database, _time))
        {
            subscription = await SubscribeAsync(monday, "marketing");
            _time.SetUtcNow(MondayNine.AddSeconds(-5));
            Assert.True(await AdvanceUntilAsync(_time, async () => (await DeliveryAsync(subscription, "2026-11-23"))?.State == DeliveryState.Sent, Second));
        }

        _time.SetUtcNow(MondayNine.AddDays(2));
        await using var wednesday = await StartAsync(_database, _time);

        // Once the maintenance job has run twice, everything due at start-up has fired. Monday's firing is still the
        // last one (a catch-up would have moved it to Wednesday) and the next is next Monday.
        Assert.True(await wednesday.MaintenanceRanAsync(_time, times: 2));
        var trigger = await wednesday.SettledTriggerAsync(subscription);
        Assert.Equal(MondayNine, trigger.PreviousFireTimeUtc);
        Assert.Equal(MondayNine.AddDays(7), trigger.NextFireTimeUtc);
        Assert.Empty(wednesday.Sender.Posted);
        Assert.Single(await new SqlDigestDeliveryStore(_database.Connections).ListAsync(Acme, subscription.Id, 10, default));
    }

    [Fact]
    public async Task StartUp_SubscriptionsWithoutTriggersAndTriggersWithoutSubscriptions_AreBroughtInLine()
    {
        // A subscription written while no scheduler ran (or a crash between the two writes)...
        var store = new SqlDigestSubscriptionStore(_database.Connections);
        var orphanless = new DigestSubscription(Guid.NewGuid(), Acme, Audience.Sales, Channel("sales"), DigestSchedule.Default("America/New_York"), Friday, "U1", Friday, "U1");
        await store.SaveAsync(orphanless, default);

        // ...and a trigger whose subscription is gone.
        var gone = orphanless with { Id = Guid.NewGuid(), Address = Channel("gone") };
        await using (var first = await StartAsync(_database, _time))
        {
            await first.Services.GetRequiredService<QuartzDigestScheduler>().ScheduleAsync(gone, default);
        }

        await using var second = await StartAsync(_database, _time);
        var scheduler = await second.SchedulerAsync();

        Assert.True(await scheduler.Exists(DigestJobKeys.Job(orphanless)));
        Assert.False(await scheduler.Exists(DigestJobKeys.Job(gone)));
        Assert.True(await scheduler.Exists(DigestJobKeys.Maintenance));
    }

    [Fact]
    public async Task Unsubscribe_RemovesTheTrigger()
    {
        await using var host = await StartAsync(_database, _time);
        var subscription = await SubscribeAsync(host, "marketing");

        await host.Subscriptions.UnsubscribeAsync(Channel("marketing"), null, "U1", default);

        Assert.False(await (await host.SchedulerAsync()).Exists(DigestJobKeys.Job(subscription)));
    }

    [Fact]
    public async Task MaintenanceJob_RetriesAFailedPostAfterTheBackoff()
    {
        var sender = new FakeSender("slack");
        var failures = 1;
        sender.Behavior = (to, message, _) => Task.FromResult(Interlocked.Decrement(ref failures) >= 0
            ? SendResult.Failed("HTTP 503", permanent: false)
            : sender.Post(to, message));
        await using var host = await StartAsync(_database, _time, sender);
        var subscription = await SubscribeAsync(host, "marketing");
        _time.SetUtcNow(MondayNine.AddSeconds(-5));

        Assert.True(await AdvanceUntilAsync(_time, async () => (await DeliveryAsync(subscription, "2026-11-23"))?.State == DeliveryState.RetryPending, Second));
        Assert.True(await AdvanceUntilAsync(_time, async () => (await DeliveryAsync(subscription, "2026-11-23"))?.State == DeliveryState.Sent, TimeSpan.FromSeconds(5)));

        Assert.Single(sender.Posted);
        var record = (await DeliveryAsync(subscription, "2026-11-23"))!;
        Assert.Equal((DeliveryState.Sent, 2), (record.State, record.Attempts));
    }

    [Fact]
    public async Task SchedulerDisabled_NoTriggersAreSynced()
    {
        await using var host = await StartAsync(_database, _time, settings: new() { ["Digests:SchedulerEnabled"] = "false" });

        Assert.False(await (await host.SchedulerAsync()).Exists(DigestJobKeys.Maintenance));
    }

    private static async Task<DigestSubscription> SubscribeAsync(SchedulerHost host, string channel)
    {
        var change = await host.Subscriptions.SubscribeAsync(Channel(channel), Audience.Marketing, new DigestSchedule(DayOfWeek.Monday, new TimeOnly(9, 0), "America/New_York"), "U1", default);
        return change.Subscription!;
    }

    private Task<DigestDelivery?> DeliveryAsync(DigestSubscription subscription, string period)
        => new SqlDigestDeliveryStore(_database.Connections).GetAsync(subscription.WorkspaceId, subscription.Id, period, default);
}
