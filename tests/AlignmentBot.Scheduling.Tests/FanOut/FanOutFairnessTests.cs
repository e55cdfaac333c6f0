using AlignmentBot.Application.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Scheduling.Tests.Support;
using AlignmentBot.Storage.Stores;
using static AlignmentBot.Scheduling.Tests.Support.DigestHarness;

namespace AlignmentBot.Scheduling.Tests.FanOut;

/// <summary>A fan-out serves every workspace from the start: one slow workspace never holds up another.</summary>
public sealed class FanOutFairnessTests
{
    [Fact]
    public async Task SendAllDue_OneWorkspaceStalls_TheOtherWorkspacesDigestsStillGoOut()
    {
        var slack = new FakeSender("slack");
        var teams = new FakeSender("msteams");
        await using var h = await CreateAsync(MondayNine.AddDays(-3), o => { o.MaxConcurrentSends = 1; o.MaxConcurrentSendsTotal = 2; }, [slack, teams]);
        var tenant = new WorkspaceId("zz-tenant");
        await new SqlWorkspaceStore(h.Database.Connections).SaveAsync(new Workspace(tenant, Platform.Teams, "Contoso", "America/New_York"), default);

        // Ten Slack channels listed first, whose posts hang until released, then two Teams channels.
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        slack.Behavior = async (to, message, token) =>
        {
            await release.Task.WaitAsync(token);
            return slack.Post(to, message);
        };
        for (var i = 0; i < 10; i++)
        {
            await h.SubscribeAsync($"C-{i:D2}");
        }

        for (var i = 0; i < 2; i++)
        {
            var change = await h.Subscriptions.SubscribeAsync(Channel($"19:{i}@thread.tacv2", "msteams", tenant.Value), Audience.Sales,
                new DigestSchedule(DayOfWeek.Monday, new TimeOnly(9, 0), "America/New_York"), "U-MARCO", default);
            Assert.True(change.Succeeded, change.Reply);
        }

        h.Time.SetUtcNow(MondayNine);
        var fanOut = h.Dispatcher.SendAllDueAsync(null, default);

        // Teams' two digests go out while every Slack post is stuck.
        for (var waited = 0; teams.Posted.Count < 2 && waited < 200; waited++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(2, teams.Posted.Count);
        Assert.True(slack.Calls >= 1, "No Slack post was in flight: the test stalled nothing.");
        Assert.Empty(slack.Posted);

        release.SetResult();
        var outcomes = await fanOut.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(12, outcomes.Count(o => o.Kind == DeliveryOutcomeKind.Posted));
        Assert.Equal(10, slack.Posted.Count);
    }
}
