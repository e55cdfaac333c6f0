using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Workspaces;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AlignmentBot.Host.Tests.ScaleOut;

/// <summary>
/// Check-in reminders (docs/reminders.md) from several real processes on the cluster's database: <c>reminders send</c>
/// run by three processes at once, and one killed in the middle of its fan-out and then run again, still remind each
/// owner once per goal and period through the Slack stand-in (conversations.open, then chat.postMessage).
/// </summary>
public sealed partial class ScaleOutTests
{
    private static readonly MetricKey[] ReminderMetrics = [MetricKey.Mql, MetricKey.Pipeline, MetricKey.Leads, MetricKey.Sql];

    [Fact]
    [Step(6)]
    public async Task Reminders_SentByThreeProcessesAtOnce_EachGoalAskedOnceInItsOwnersDirectMessage()
    {
        var goals = await SeedRemindersAsync("A", people: 8, goalsEach: 2);

        var runs = Enumerable.Range(1, 3).Select(i => HostProcess.Command($"remA{i}", ReminderEnvironment($"remA{i}", maxConcurrentSends: 2, shortLease: false), "reminders", "send", "--workspace", SlackStandIn.TeamId)).ToArray();
        var senders = runs.Select(r => r.ClaimedBy).ToArray();
        try
        {
            var codes = await Task.WhenAll(runs.Select(r => r.ExitCodeAsync()));
            Assert.True(codes.All(c => c == 0), "a reminders send failed:\n" + RunLogs(runs));
        }
        finally
        {
            foreach (var run in runs)
            {
                await run.DisposeAsync();
            }
        }

        var posts = AssertEachGoalAskedOnce(goals, "A");
        output.WriteLine($"{posts.Count} direct messages for {goals.Count} goals of {goals.Select(g => g.Owner).Distinct().Count()} people; sent by "
                         + string.Join(", ", posts.GroupBy(p => p.Instance).Select(g => $"{g.Key}={g.Count()}")));

        // Everybody's DM was opened with conversations.open before the post (by one process or several: opening is idempotent).
        Assert.All(goals.Select(g => g.Owner).Distinct(), owner => Assert.Contains(cluster.Slack.Calls, c => c.Method == "conversations.open" && c.Arg("users") == owner));

        // One delivery record per goal, sent, claimed by one of the three processes.
        var records = await ReminderRecordsAsync(goals);
        Assert.Equal(goals.Count, records.Count);
        Assert.All(records, r => Assert.Equal("Sent", r.State));
        Assert.All(records, r => Assert.Contains(r.ClaimedBy, senders));
    }

    [Fact]
    [Step(7)]
    public async Task Reminders_ProcessKilledMidFanOutThenRunAgain_NobodyRemindedTwice()
    {
        var goals = await SeedRemindersAsync("B", people: 8, goalsEach: 1);

        // One process, one message at a time: its third post reaches Slack and is never answered, as if the process died
        // right after sending it. Killed then, its first two are recorded sent and the third is left "sending".
        var victimChosen = cluster.Slack.HoldPostsOfTheFirstInstanceToPost(after: 2, c => c.Instance == "remB1" && IsReminderFor("B", c));
        await using var victim = HostProcess.Command("remB1", ReminderEnvironment("remB1", maxConcurrentSends: 1, shortLease: false), "reminders", "send", "--workspace", SlackStandIn.TeamId);
        Assert.True(await Task.WhenAny(victimChosen, Task.Delay(TimeSpan.FromMinutes(2))) == victimChosen, "the first process never posted three reminders\n" + victim.Tail(40));

        var settled = 0;
        Assert.True(await Eventually.HoldsAsync(async () =>
        {
            var claimed = (await ReminderRecordsAsync(goals)).Count(r => r.State == "Sending" && r.ClaimedBy == victim.ClaimedBy);
            var held = cluster.Slack.Posts(p => p.Held && p.Instance == victim.Name).Count();
            settled = claimed == held && held > 0 ? settled + 1 : 0;
            return settled >= 3;
        }, TimeSpan.FromSeconds(30)), "the killed process's claims never matched its posts\n" + victim.Tail(40));
        await victim.KillAsync();
        var inFlight = cluster.Slack.Posts(p => p.Held && p.Instance == victim.Name).Select(p => p.Arg("channel")!).ToArray();

        // Run again, by two processes at once: they send everyone else and leave the unconfirmed one alone.
        var again = new[] { "remB2", "remB3" }.Select(n => HostProcess.Command(n, ReminderEnvironment(n, maxConcurrentSends: 2, shortLease: false), "reminders", "send", "--workspace", SlackStandIn.TeamId)).ToArray();
        try
        {
            var codes = await Task.WhenAll(again.Select(r => r.ExitCodeAsync()));
            Assert.True(codes.All(c => c == 0), "a reminders send failed:\n" + RunLogs(again));
        }
        finally
        {
            foreach (var run in again)
            {
                await run.DisposeAsync();
            }
        }

        // Once its lease is over, a later run settles the killed process's claim as uncertain, and still does not resend it.
        var runs = 0;
        Assert.True(await Eventually.HoldsAsync(async () =>
        {
            var name = $"remB{4 + runs++}";
            await using var later = HostProcess.Command(name, ReminderEnvironment(name, maxConcurrentSends: 2, shortLease: true), "reminders", "send", "--workspace", SlackStandIn.TeamId);
            await later.ExitCodeAsync();
            return (await ReminderRecordsAsync(goals)).Any(r => r.State == "Uncertain");
        }, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(1)), "the killed process's claim was never settled as uncertain");

        var posts = AssertEachGoalAskedOnce(goals, "B");
        output.WriteLine($"{inFlight.Length} reminder(s) in flight when remB1 died; then sent by "
                         + string.Join(", ", posts.Where(p => !p.Held).GroupBy(p => p.Instance).Select(g => $"{g.Key}={g.Count()}")) + $" ({runs} later run(s))");

        // The one Slack received but never confirmed is the uncertain record; every other is sent.
        var records = await ReminderRecordsAsync(goals);
        Assert.Equal(goals.Count, records.Count);
        var uncertain = records.Where(r => r.State == "Uncertain").ToArray();
        Assert.Equal(inFlight.Select(OwnerOf).Order(StringComparer.Ordinal), uncertain.Select(r => r.Person).Order(StringComparer.Ordinal));
        Assert.All(uncertain, r => Assert.Equal(victim.ClaimedBy, r.ClaimedBy));
        Assert.All(records.Except(uncertain), r => Assert.Equal("Sent", r.State));
    }

    /// <summary>
    /// Every goal's ask is in exactly one direct message, to its owner's DM (held posts count: Slack received them), and
    /// every owner got at least one. Returns the posts.
    /// </summary>
    private IReadOnlyList<SlackCall> AssertEachGoalAskedOnce(IReadOnlyList<(string Owner, GoalId Goal)> goals, string batch)
    {
        var posts = cluster.Slack.Posts(p => IsReminderFor(batch, p)).ToArray();
        foreach (var (owner, goal) in goals)
        {
            var carrying = posts.Where(p => p.Args.ToJsonString().Contains(goal.ToString(), StringComparison.Ordinal)).ToArray();
            Assert.True(carrying.Length == 1, $"goal {goal} of {owner} was asked in {carrying.Length} messages: {string.Join(", ", carrying.Select(p => $"{p.Instance}→{p.Arg("channel")}"))}");
            Assert.Equal(DirectMessage(owner), carrying[0].Arg("channel"));
        }

        Assert.Equal(goals.Select(g => DirectMessage(g.Owner)).Distinct().Order(StringComparer.Ordinal), posts.Select(p => p.Arg("channel")!).Distinct().Order(StringComparer.Ordinal));
        return posts;
    }

    /// <summary>
    /// A `reminders send` process of the cluster. Every day a working day, no quiet hours, asks due from 00:00: the asks
    /// for last week are due whenever the test runs, without a fake clock in another process.
    /// </summary>
    /// <remarks>
    /// With <paramref name="shortLease"/>, a claim left "sending" for 6 s is taken for a dead process's (a post is cut off
    /// after 5 s); without, the defaults (2 and 10 minutes), so a slow machine cuts no post off and the process to be killed
    /// waits on its unanswered post until it is.
    /// </remarks>
    private Dictionary<string, string> ReminderEnvironment(string name, int maxConcurrentSends, bool shortLease)
    {
        var environment = cluster.ProcessEnvironment(name);
        environment["Reminders__DefaultTime"] = "00:00";
        environment["Reminders__QuietFrom"] = "00:00";
        environment["Reminders__QuietUntil"] = "00:00";
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            environment[$"Reminders__WorkingDays__{(int)day}"] = day.ToString();
        }

        environment["Reminders__MaxConcurrentSends"] = maxConcurrentSends.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (shortLease)
        {
            environment["Reminders__SendTimeout"] = "00:00:05";
            environment["Reminders__SendingLease"] = "00:00:06";
        }

        return environment;
    }

    /// <summary>
    /// <paramref name="people"/> marketers of the Slack team, each owning <paramref name="goalsEach"/> weekly goals with numbers
    /// in every week but last week (one missed period: an ask is due, the goal is not stale yet).
    /// </summary>
    private async Task<IReadOnlyList<(string Owner, GoalId Goal)>> SeedRemindersAsync(string batch, int people, int goalsEach)
    {
        await using var services = cluster.Services();
        var workspaces = services.GetRequiredService<IWorkspaceStore>();
        var workspace = new WorkspaceId(SlackStandIn.TeamId);
        if (await workspaces.GetAsync(workspace, default) is null)
        {
            await workspaces.SaveAsync(new Workspace(workspace, Platform.Slack, "Scale"), default);
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var thisMonday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var start = thisMonday.AddDays(-28);
        var seeded = new List<(string, GoalId)>();
        for (var i = 0; i < people; i++)
        {
            var owner = $"U0REM{batch}{i:D2}";
            await workspaces.SavePersonAsync(new Person(workspace, owner, $"Owner {batch}{i}", Role.Marketer, "UTC"), default);
            for (var g = 0; g < goalsEach; g++)
            {
                var metric = ReminderMetrics[(i * goalsEach + g) % ReminderMetrics.Length];
                var goal = new Goal(GoalId.New(), workspace, "more pipeline", metric, null, 100, Direction.Increase, PeriodKind.Week, start, thisMonday.AddDays(120),
                    Cadence.Weekly, $"Owner {batch}{i}", Audience.Marketing, GoalStatus.Active, DateTimeOffset.UtcNow.AddDays(-30), owner, owner);
                await services.GetRequiredService<IGoalStore>().SaveAsync(workspace, [goal], default);
                var weeks = Enumerable.Range(0, 3).Select(w => start.AddDays(7 * w))
                    .Select(week => new Measurement(Guid.NewGuid(), workspace, metric, 40, new DateRange(week, week.AddDays(6)), MeasurementSource.CheckIn, Breakdown.None, DateTimeOffset.UtcNow, owner))
                    .ToArray();
                await services.GetRequiredService<IMeasurementStore>().AddAsync(workspace, weeks, default);
                seeded.Add((owner, goal.Id));
            }
        }

        return seeded;
    }

    private async Task<IReadOnlyList<(string Person, string State, string? ClaimedBy)>> ReminderRecordsAsync(IReadOnlyList<(string Owner, GoalId Goal)> goals)
    {
        await using var connection = new NpgsqlConnection(cluster.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT person_id, state, claimed_by FROM reminder_deliveries WHERE workspace_id = @ws AND goal_id = ANY(@goals)", connection);
        command.Parameters.AddWithValue("ws", SlackStandIn.TeamId);
        command.Parameters.AddWithValue("goals", goals.Select(g => g.Goal.Value).ToArray());
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string, string?)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        return rows;
    }

    /// <summary>conversations.open of the stand-in answers "D" + the user id without its "U".</summary>
    private static string DirectMessage(string owner) => "D" + owner[1..];

    private static string OwnerOf(string channel) => "U" + channel[1..];

    private static bool IsReminderFor(string batch, SlackCall call) => call.Arg("channel")?.StartsWith("D0REM" + batch, StringComparison.Ordinal) == true;

    private static string RunLogs(IEnumerable<HostProcess> runs) => string.Join("\n", runs.Select(r => $"--- {r.Name} ---\n{r.Tail(40)}"));
}
