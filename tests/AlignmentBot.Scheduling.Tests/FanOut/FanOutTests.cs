using System.Diagnostics;
using AlignmentBot.Application.Digests;
using AlignmentBot.Scheduling.Tests.FanOut.StandIns;
using AlignmentBot.Scheduling.Tests.Support;
using AlignmentBot.Storage.Stores;
using Xunit.Abstractions;
using static AlignmentBot.Scheduling.Tests.Support.DigestHarness;

namespace AlignmentBot.Scheduling.Tests.FanOut;

/// <summary>
/// Posting to many channels through the product's Slack and Teams senders, against loopback stand-ins that speak
/// chat.postMessage and the Bot Connector and enforce the platforms' limits.
/// </summary>
public sealed class FanOutTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SendAllDue_ThousandSubscriptions_EveryChannelGetsExactlyItsDigestsAndEvery429IsHonoured()
    {
        // The senders pace themselves to the stand-ins' limits, so throttling is rare; each stand-in also refuses
        // its first 20 posts with a 429, which the senders must wait out.
        await using var rig = await FanOutRig.StartAsync(FanOutScenario.SlackWorkspaces[0]);
        rig.Slack.ThrottleNext = 20;
        rig.Teams.ThrottleNext = 20;
        await using var h = await CreateAsync(MondayNine.AddDays(-3), o => o.MaxConcurrentSends = 16, rig.Senders);
        var workspaces = new SqlWorkspaceStore(h.Database.Connections);
        foreach (var workspace in FanOutScenario.Workspaces())
        {
            await workspaces.SaveAsync(workspace, default);
        }

        await h.SeedDemoAsync(new(FanOutScenario.SlackWorkspaces[0]));
        await h.SeedDemoAsync(new(FanOutScenario.TeamsTenants[0]));
        var subscriptions = FanOutScenario.Subscriptions(rig, h.Time.GetUtcNow());
        foreach (var subscription in subscriptions)
        {
            await h.SubscriptionStore.SaveAsync(subscription, default);
        }

        h.Time.SetUtcNow(MondayNine);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var outcomes = await h.Dispatcher.SendAllDueAsync(null, default);
        clock.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var firstPass = outcomes.Count(o => o.Kind == DeliveryOutcomeKind.Posted);

        // A sender that is throttled past its own attempts reports a transient failure; the maintenance sweep retries
        // it after the backoff, as the running host does every minute.
        Assert.All(outcomes, o => Assert.Contains(o.Kind, new[] { DeliveryOutcomeKind.Posted, DeliveryOutcomeKind.RetryPending }));
        var retried = 0;
        for (var pass = 0; pass < 10 && retried < outcomes.Count(o => o.Kind == DeliveryOutcomeKind.RetryPending); pass++)
        {
            h.Time.Advance(TimeSpan.FromMinutes(2));
            retried += (await h.Dispatcher.RunMaintenanceAsync(default)).Retries.Count(r => r.Kind == DeliveryOutcomeKind.Posted);
        }

        Assert.Equal(1_000, firstPass + retried);
        var accepted = rig.Slack.Accepted.Concat(rig.Teams.Accepted).ToArray();
        Assert.Equal(1_000, accepted.Length);

        // Exactly once per subscription: each delivery record holds the id the platform answered with, and that
        // message arrived once, in the subscription's own channel, with that audience's digest.
        var byId = accepted.ToDictionary(a => a.Id);
        var sent = new List<string>();
        foreach (var subscription in subscriptions)
        {
            var delivery = await h.Deliveries.GetAsync(subscription.WorkspaceId, subscription.Id, "2026-11-23", default);
            Assert.NotNull(delivery);
            Assert.Equal(DeliveryState.Sent, delivery.State);
            var message = byId[delivery.MessageId!];
            Assert.Equal(subscription.Address.ConversationId, message.Conversation);
            Assert.Equal(subscription.WorkspaceId.Value, message.Workspace);
            Assert.Contains($"alignment digest for {DigestAudiences.Noun(subscription.Audience)}", message.Text, StringComparison.Ordinal);
            sent.Add(delivery.MessageId!);
        }

        Assert.Equal(1_000, sent.Distinct().Count());

        // Every channel got exactly as many digests as it has subscriptions (one, or two where two audiences share it).
        var perChannel = subscriptions.GroupBy(s => s.Address.ConversationId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(perChannel.OrderBy(p => p.Key), accepted.GroupBy(a => a.Conversation).ToDictionary(g => g.Key, g => g.Count()).OrderBy(p => p.Key));

        // The limits were hit, and every 429 with a Retry-After was waited out before the retry. The Teams sender
        // fetched its Entra token once and reused it.
        Assert.True(rig.Slack.Throttled >= 20 && rig.Teams.Throttled >= 20, $"Throttled: Slack {rig.Slack.Throttled}, Teams {rig.Teams.Throttled}");
        Assert.Equal(0, rig.EarlyRetries);
        Assert.Equal(1, rig.Teams.TokensIssued);

        foreach (var workspace in FanOutScenario.Workspaces())
        {
            Assert.All(await h.Deliveries.ListLatestAsync(workspace.Id, default), d => Assert.Equal(DeliveryState.Sent, d.State));
        }

        var started = accepted.Min(a => a.At);
        var floor = rig.AllowedFloor(subscriptions.Select(s => s.Address));
        output.WriteLine($"1,000 digests to {perChannel.Count} channels: {firstPass} in the first pass, {clock.Elapsed.TotalSeconds:0.0} s " +
            $"(the limits allow {floor.TotalSeconds:0.0} s: {clock.Elapsed / floor:0.00}×; {cpu.TotalSeconds:0.0} s CPU in this process, stand-ins included) " +
            $"({firstPass / clock.Elapsed.TotalSeconds:0} posts/s), {retried} after a retry; {rig.Slack.Throttled} Slack and {rig.Teams.Throttled} Teams 429s, all honoured. " +
            $"Slack's {rig.Slack.Accepted.Count} were done after {(rig.Slack.Accepted.Max(a => a.At) - started).TotalSeconds:0.0} s, Teams' {rig.Teams.Accepted.Count} after {(rig.Teams.Accepted.Max(a => a.At) - started).TotalSeconds:0.0} s.");

        // Running the fan-out again (a second process, a retried command) posts nothing more.
        var again = await h.Dispatcher.SendAllDueAsync(null, default);
        Assert.All(again, o => Assert.Equal(DeliveryOutcomeKind.AlreadyHandled, o.Kind));
        Assert.Equal(1_000, rig.Slack.Accepted.Count + rig.Teams.Accepted.Count);
    }

    [Fact]
    public async Task SendAllDue_ArchivedAndThrottledChannels_OnlyTheArchivedOneFails()
    {
        await using var rig = await FanOutRig.StartAsync(Acme.Value, slackPerWorkspacePerSecond: 5);
        rig.Slack.Archived.Add("C-ARCHIVED");
        await using var h = await CreateAsync(MondayNine.AddDays(-3), o => o.MaxConcurrentSends = 4, rig.Senders);
        var archived = await h.SubscribeAsync("C-ARCHIVED");
        for (var i = 0; i < 12; i++)
        {
            await h.SubscribeAsync($"C-{i:D2}");
        }

        h.Time.SetUtcNow(MondayNine);
        var outcomes = await h.Dispatcher.SendAllDueAsync(Acme, default);

        Assert.Equal(12, outcomes.Count(o => o.Kind == DeliveryOutcomeKind.Posted));
        var failed = Assert.Single(outcomes, o => o.Kind == DeliveryOutcomeKind.Failed);
        Assert.Equal(archived.Id, failed.Delivery!.SubscriptionId);
        Assert.StartsWith("Slack refused the post: is_archived (the channel is archived", failed.Delivery.Detail, StringComparison.Ordinal);
        Assert.True(rig.Slack.Throttled > 0);
        Assert.Equal(0, rig.EarlyRetries);
    }
}
