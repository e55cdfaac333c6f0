using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Reminders;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Scheduling.Tests.FanOut.StandIns;
using AlignmentBot.Storage.Stores;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Benchmarks;

/// <summary>
/// One reminder run's fan-out: 1,000 goal owners (one Slack workspace, two Teams tenants), each with a check-in due, get
/// one direct message each through the real <see cref="ReminderDispatcher"/>, SQLite delivery records (claimed before the
/// post, completed after) and the product's Slack and Teams senders against the digests' loopback stand-ins, which enforce
/// Slack's 1 message/s per channel and 100/s per workspace and Teams' per-conversation limits and 50/s per tenant.
/// <c>dotnet run -c Release --project bench/AlignmentBot.Benchmarks -- --filter '*ReminderFanOut*'</c>
/// </summary>
[Config(typeof(FanOutConfig))]
public class ReminderFanOutBenchmarks() : FanOutBenchmark("reminders.db", "reminder_deliveries")
{
    [Params(1_000)]
    public int People { get; set; }

    /// <summary><c>Reminders:MaxConcurrentSends</c>: direct messages at once per Slack team or Teams tenant.</summary>
    [Params(4, 16)]
    public int MaxConcurrentSends { get; set; }

    [Benchmark]
    public int RemindAllDue()
    {
        var outcomes = Services.GetRequiredService<ReminderDispatcher>().RunAsync(default).GetAwaiter().GetResult();
        var sent = outcomes.Count(o => o.Sent);
        return sent == People ? sent : throw new InvalidOperationException($"Only {sent} of {People} reminded: {string.Join("; ", outcomes.Where(o => !o.Sent).Take(3).Select(o => o.Summary))}");
    }

    protected override void AddDispatcher(IServiceCollection services)
    {
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
    }

    protected override async Task SeedAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var workspaces = new SqlWorkspaceStore(Connections);
        var goals = new SqlGoalStore(Connections);
        var directory = Services.GetRequiredService<IConversationDirectory>();
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
                : new ConversationAddress("msteams", workspace, $"a:{i:D6}", ServiceUrl: Rig.TeamsServiceUrl, BotId: FanOutRig.AppId);
            await directory.RememberAsync(address, personId, now, default);
            await workspaces.SavePersonAsync(new Person(ws, personId, $"Owner {i}", Role.Marketer, "UTC") { PersonalConversation = address.Key }, default);
            await goals.SaveAsync(ws, [new Goal(GoalId.New(), ws, "more pipeline", MetricKey.Pipeline, null, 100, Direction.Increase, PeriodKind.Week, today.AddDays(-10), today.AddDays(200),
                Cadence.Weekly, $"Owner {i}", Audience.Marketing, GoalStatus.Active, now.AddDays(-10), personId, personId)], default);
            Posts.Add(address);
        }
    }
}
