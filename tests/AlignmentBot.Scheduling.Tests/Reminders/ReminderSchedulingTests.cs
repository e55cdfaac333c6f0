using AlignmentBot.Application.Reminders;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Scheduling.Tests.Support;
using AlignmentBot.Storage.Stores;
using AlignmentBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace AlignmentBot.Scheduling.Tests.Reminders;

/// <summary>
/// The reminder job as the host runs it: Quartz fires it every <c>Reminders:Interval</c> and it sends what is due. On
/// PostgreSQL: two instances firing it at once, and an instance killed in the middle of its fan-out and then restarted,
/// still give each person one direct message per due check-in.
/// </summary>
public sealed class ReminderSchedulingTests
{
    private static readonly MetricKey[] Metrics = [MetricKey.Mql, MetricKey.Pipeline, MetricKey.Leads, MetricKey.Sql, MetricKey.Revenue, MetricKey.Reach];

    [Fact]
    public async Task ReminderJob_FiredByQuartz_SendsEachDueAskOnceAndNothingOnTheNextRuns()
    {
        using var database = await new TempSqliteDatabase().MigratedAsync();
        await using (var seed = await ReminderHarness.CreateAsync(database.Connections))
        {
            await seed.GoalAsync(MetricKey.Mql, "U-MARIA");
            await seed.GoalAsync(MetricKey.CostPerLead, "U-MARIA");
            await seed.GoalAsync(MetricKey.Pipeline, "U-PRIYA");
        }

        var time = new FakeTimeProvider(ReminderHarness.MondayTen);
        await using var host = await ReminderSchedulerHost.StartAsync(database.Connections, time, jobs => jobs.UseSqlite(database.ConnectionString));

        Assert.True(await AdvanceUntilAsync(time, async () => host.Slack.Posted.Count >= 2 && await host.TimesFiredAsync() >= 3, TimeSpan.FromMinutes(1)),
            $"the reminder job fired {await host.TimesFiredAsync()} time(s) and sent {host.Slack.Posted.Count} message(s)");

        // One message per person (Maria's two goals together), each sent once however often the job ran after.
        Assert.Equal(["DU-MARIA", "DU-PRIYA"], host.Slack.Posted.Select(p => p.To.ConversationId).Order(StringComparer.Ordinal));
        var records = await new SqlReminderStore(database.Connections).ListDeliveriesAsync(ReminderHarness.Acme, "2026-01-01", default);
        Assert.Equal(3, records.Count);
        Assert.All(records, r => Assert.Equal(ReminderDeliveryState.Sent, r.State));
        var trigger = Assert.IsAssignableFrom<ISimpleTrigger>(await (await host.SchedulerAsync()).GetTrigger(ReminderSchedulerStartup.Trigger));
        Assert.Equal(TimeSpan.FromMinutes(5), trigger.RepeatInterval);
    }

    [Fact]
    public async Task ReminderJob_AndASecondInstanceOnOnePostgresDatabaseAtOnce_EachPersonOneDirectMessage()
    {
        await using var database = await (await TempPostgresDatabase.CreateAsync()).MigratedAsync();
        await using var other = await ReminderHarness.CreateAsync(database.Connections);
        var people = await SeedAsync(database, other, people: 12, goalsEach: 2);
        var time = new FakeTimeProvider(ReminderHarness.MondayTen);

        // The host's scheduler fires the job while another process (a second instance, or "reminders send") works out
        // and sends the same due check-ins: the other's posts are held until the host's job has fired, so both are in
        // their fan-out at once. Only the delivery records on the shared database keep them apart.
        var hostFired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        other.Slack.Behavior = async (to, message, ct) =>
        {
            await hostFired.Task.WaitAsync(ct);
            return other.Slack.Post(to, message);
        };
        var otherRun = Task.Run(() => other.Dispatcher.RunAsync(default));
        await using var host = await ReminderSchedulerHost.StartAsync(database.Connections, time, jobs => jobs.UseInMemoryStore(),
            settings: new Dictionary<string, string?> { ["Reminders:MaxConcurrentSends"] = "2" });

        var store = new SqlReminderStore(database.Connections);
        Assert.True(await AdvanceUntilAsync(time, async () =>
        {
            var fired = await host.TimesFiredAsync();
            if (fired >= 1)
            {
                hostFired.TrySetResult();
            }

            return (await store.ListDeliveriesAsync(ReminderHarness.Acme, "2026-01-01", default)).Count(r => r.State == ReminderDeliveryState.Sent) == people.Count * 2 && fired >= 2;
        }, TimeSpan.FromMinutes(1)), "not every reminder was sent");
        var otherOutcomes = await otherRun;

        var posts = host.Slack.Posted.Concat(other.Slack.Posted).ToArray();
        Assert.Equal(people.Count * 2, posts.Sum(p => NumberInputs(p.Message.Card!).Length));
        Assert.Equal(people.Count * 2, posts.SelectMany(p => NumberInputs(p.Message.Card!)).Distinct().Count());
        Assert.Equal(people.Select(p => "D" + p).Order(StringComparer.Ordinal), posts.Select(p => p.To.ConversationId).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(other.Slack.Posted.Count, otherOutcomes.Count(o => o.Sent));
    }

    [Fact]
    public async Task ReminderJob_InstanceKilledMidFanOutThenRestarted_NobodyRemindedTwice()
    {
        await using var database = await (await TempPostgresDatabase.CreateAsync()).MigratedAsync();
        IReadOnlyList<string> people;
        await using (var seed = await ReminderHarness.CreateAsync(database.Connections))
        {
            people = await SeedAsync(database, seed, people: 10, goalsEach: 1);
        }

        var time = new FakeTimeProvider(ReminderHarness.MondayTen);
        var one = new Dictionary<string, string?> { ["Reminders:MaxConcurrentSends"] = "1" };

        // The first process posts three reminders, Slack accepts them, and it dies before recording any as sent.
        var dying = new DyingReminderStore(database.Connections, claimsBeforeDeath: 3);
        var store = new SqlReminderStore(database.Connections);
        FakeSender killedSlack;
        await using (var killed = await ReminderSchedulerHost.StartAsync(database.Connections, time, jobs => jobs.UsePostgres(database.ConnectionString), dying, one))
        {
            Assert.True(await AdvanceUntilAsync(time, async () => killed.Slack.Posted.Count == 3 && await killed.TimesFiredAsync() >= 1, TimeSpan.FromSeconds(10)));
            killedSlack = killed.Slack;
        }

        var inFlight = (await store.ListDeliveriesAsync(ReminderHarness.Acme, "2026-01-01", default)).ToArray();
        Assert.Equal(3, inFlight.Length);
        Assert.All(inFlight, r => Assert.Equal(ReminderDeliveryState.Sending, r.State));

        // The restarted process settles them as uncertain after the lease, never resends them, and sends everyone else.
        // The three were claimed at different moments of the fake clock, so each turns uncertain on the first run after its
        // own lease ran out: wait for none to be left sending, not for a number of runs.
        await using var restarted = await ReminderSchedulerHost.StartAsync(database.Connections, time, jobs => jobs.UsePostgres(database.ConnectionString), settings: one);
        Assert.True(await AdvanceUntilAsync(time, async () => await store.ListDeliveriesAsync(ReminderHarness.Acme, "2026-01-01", default) is var now
            && now.Count(r => r.State == ReminderDeliveryState.Sent) == people.Count - 3 && now.All(r => r.State != ReminderDeliveryState.Sending)
            && await restarted.TimesFiredAsync() >= 4, TimeSpan.FromMinutes(5)), "the restarted instance did not finish the fan-out");

        var records = await store.ListDeliveriesAsync(ReminderHarness.Acme, "2026-01-01", default);
        Assert.Equal(people.Count, records.Count);
        Assert.Equal(inFlight.Select(r => r.PersonId).Order(StringComparer.Ordinal),
            records.Where(r => r.State == ReminderDeliveryState.Uncertain).Select(r => r.PersonId).Order(StringComparer.Ordinal));
        var reached = killedSlack.Posted.Concat(restarted.Slack.Posted).Select(p => p.To.ConversationId).ToArray();
        Assert.Equal(people.Count, reached.Length);
        Assert.Equal(people.Select(p => "D" + p).Order(StringComparer.Ordinal), reached.Order(StringComparer.Ordinal));
    }

    private static string[] NumberInputs(Card card) => card.Inputs.OfType<TextInput>().Where(i => i.Kind == InputKind.Number).Select(i => i.Id).ToArray();

    /// <summary><paramref name="people"/> marketers in Acme with <paramref name="goalsEach"/> goals each, every one missing the week of 30 Nov.</summary>
    private static async Task<IReadOnlyList<string>> SeedAsync(TempPostgresDatabase database, ReminderHarness seed, int people, int goalsEach)
    {
        var workspaces = new SqlWorkspaceStore(database.Connections);
        var ids = new List<string>();
        for (var i = 0; i < people; i++)
        {
            var id = $"U-OWNER{i:D2}";
            await workspaces.SavePersonAsync(new Person(ReminderHarness.Acme, id, $"Owner {i}", Role.Marketer, "Europe/Berlin"), default);
            for (var g = 0; g < goalsEach; g++)
            {
                await seed.GoalAsync(Metrics[(i * goalsEach + g) % Metrics.Length], id);
            }

            ids.Add(id);
        }

        return ids;
    }

    private static Task<bool> AdvanceUntilAsync(FakeTimeProvider time, Func<Task<bool>> done, TimeSpan step)
        => QuartzClock.AdvanceUntilAsync(time, done, step, maxSteps: 400);
}
