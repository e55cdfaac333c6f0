using AlignmentBot.Application.Demo;
using AlignmentBot.Application.Digests;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Stores;
using BenchmarkDotNet.Attributes;
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
[Config(typeof(FanOutConfig))]
public class DigestFanOutBenchmarks() : FanOutBenchmark("fanout.db", "digest_deliveries")
{
    [Params(1_000)]
    public int Subscriptions { get; set; }

    [Benchmark]
    public int PostAllDue()
    {
        var outcomes = Services.GetRequiredService<DigestDispatcher>().SendAllDueAsync(null, default).GetAwaiter().GetResult();
        var posted = outcomes.Count(o => o.Kind == DeliveryOutcomeKind.Posted);
        return posted == Subscriptions ? posted : throw new InvalidOperationException($"Only {posted} of {Subscriptions} posted: {string.Join("; ", outcomes.Where(o => o.Kind != DeliveryOutcomeKind.Posted).Take(3).Select(o => o.Summary))}");
    }

    protected override void AddDispatcher(IServiceCollection services)
    {
        services.AddDigests();
        services.AddSingleton<Application.Ports.IDigestScheduler, NoScheduler>();
    }

    protected override async Task SeedAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var workspaces = new SqlWorkspaceStore(Connections);
        var seeder = new DemoSeeder(workspaces, new SqlGoalStore(Connections), new SqlRequestStore(Connections), new SqlSlaStore(Connections), new SqlImportStore(Connections), TimeProvider.System);
        foreach (var id in Workspaces)
        {
            await seeder.SeedAsync(new WorkspaceId(id), force: true, default);
            await workspaces.SaveAsync(new Workspace(new WorkspaceId(id), id.StartsWith('T') ? Platform.Slack : Platform.Teams, id, "UTC"), default);
        }

        // Due a minute ago, in UTC, wherever and whenever the benchmark runs.
        var due = now.AddMinutes(-1);
        var schedule = new DigestSchedule(due.DayOfWeek, new TimeOnly(due.Hour, due.Minute), "UTC");
        var store = new SqlDigestSubscriptionStore(Connections);
        var count = 0;
        for (var channel = 0; count < Subscriptions; channel++)
        {
            var workspace = Workspaces[channel % Workspaces.Length];
            var address = workspace.StartsWith('T')
                ? new ConversationAddress("slack", workspace, $"C{channel:D6}", IsGroup: true)
                : new ConversationAddress("msteams", workspace, $"19:{channel:D6}@thread.tacv2", ServiceUrl: Rig.TeamsServiceUrl, IsGroup: true);
            foreach (var audience in channel % 10 == 0 ? [Audience.Marketing, Audience.Leadership] : new[] { Audience.Marketing })
            {
                if (count++ < Subscriptions)
                {
                    Posts.Add(address);
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
}
