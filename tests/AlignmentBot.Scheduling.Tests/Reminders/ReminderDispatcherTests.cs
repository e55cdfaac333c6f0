using AlignmentBot.Application.Reminders;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Reminders;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Stores;

namespace AlignmentBot.Scheduling.Tests.Reminders;

public sealed class ReminderDispatcherTests
{
    [Fact]
    public async Task Run_TwoWorkspaces_SentSideBySide()
    {
        // Each workspace has its own platform limits; one after the other, a run would take the sum of their floors.
        await using var h = await ReminderHarness.CreateAsync();
        var globex = new WorkspaceId("T-GLOBEX");
        var workspaces = new SqlWorkspaceStore(h.Connections);
        await workspaces.SaveAsync(new Workspace(globex, Platform.Slack, "Globex", "Europe/Berlin"), default);
        await workspaces.SavePersonAsync(new Person(globex, "U-GIL", "Gil", Role.Marketer, "Europe/Berlin"), default);
        await h.GoalAsync(MetricKey.Mql, "U-MARIA");
        await h.GoalAsync(MetricKey.Mql, "U-GIL", workspace: globex);

        // Each workspace's post lands only once the other workspace's post has begun: run one after the other, the first
        // post would wait in vain and the reminder would not be sent.
        var begun = new Dictionary<string, TaskCompletionSource>
        {
            ["DU-MARIA"] = new(TaskCreationOptions.RunContinuationsAsynchronously),
            ["DU-GIL"] = new(TaskCreationOptions.RunContinuationsAsynchronously),
        };
        h.Slack.Behavior = async (to, message, ct) =>
        {
            begun[to.ConversationId].TrySetResult();
            await begun.Single(b => b.Key != to.ConversationId).Value.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
            return h.Slack.Post(to, message);
        };

        var outcomes = await h.Dispatcher.RunAsync(default);

        Assert.Equal(2, outcomes.Count(o => o.Sent));
        Assert.Equal(["DU-GIL", "DU-MARIA"], h.Slack.Posted.Select(p => p.To.ConversationId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Run_SeveralGoalsOfOnePerson_OneMessageEach()
    {
        await using var h = await ReminderHarness.CreateAsync();
        var mql = await h.GoalAsync(MetricKey.Mql, "U-MARIA");
        var cpl = await h.GoalAsync(MetricKey.CostPerLead, "U-MARIA");
        await h.GoalAsync(MetricKey.Pipeline, "U-PRIYA");

        var outcomes = await h.Dispatcher.RunAsync(default);

        Assert.Equal(2, outcomes.Count(o => o.Sent));
        Assert.Equal(2, h.Slack.Posted.Count);
        var maria = Assert.Single(h.Slack.To("DU-MARIA"));
        Assert.Contains("Marketing qualified leads for the week of 30 Nov?", maria.Text, StringComparison.Ordinal);
        Assert.Contains("Cost per lead for the week of 30 Nov?", maria.Text, StringComparison.Ordinal);
        Assert.Equal(new[] { ReminderCards.NumberInput(cpl.Id), ReminderCards.NumberInput(mql.Id) }.Order(StringComparer.Ordinal), maria.Card!.Inputs.OfType<TextInput>().Where(i => i.Kind == InputKind.Number).Select(i => i.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["Record", "Same as last time", "Skip this period", "Snooze"], maria.Card.ActionList.Select(a => a.Title));
        var records = await h.DeliveriesAsync();
        Assert.Equal(3, records.Count);
        Assert.All(records, r => Assert.Equal(ReminderDeliveryState.Sent, r.State));
        Assert.Single(records.Where(r => r.PersonId == "U-MARIA").Select(r => (r.BatchId, r.MessageId)).Distinct());
    }

    [Fact]
    public async Task Run_AgainAndAfterARestart_SendsNothingMore()
    {
        await using var h = await ReminderHarness.CreateAsync();
        await h.GoalAsync(MetricKey.Mql, "U-MARIA");
        await h.Dispatcher.RunAsync(default);

        Assert.Empty(await h.Dispatcher.RunAsync(default));
        await using var restarted = h.Restart();
        h.Time.Advance(TimeSpan.FromMinutes(30));
        Assert.Empty(await restarted.Dispatcher.RunAsync(default));

        Assert.Single(h.Slack.Posted);
    }

    [Fact]
    public async Task Run_TwoInstancesAtOnce_EachReminderSentOnce()
    {
        await using var h = await ReminderHarness.CreateAsync();
        foreach (var (metric, owner) in new[] { (MetricKey.Mql, "U-MARIA"), (MetricKey.CostPerLead, "U-MARIA"), (MetricKey.Pipeline, "U-PRIYA"), (MetricKey.Leads, "U-PRIYA") })
        {
            await h.GoalAsync(metric, owner);
        }

        await using var second = h.Restart();
        var both = await Task.WhenAll(Task.Run(() => h.Dispatcher.RunAsync(default)), Task.Run(() => second.Dispatcher.RunAsync(default)));

        var records = await h.DeliveriesAsync();
        Assert.Equal(4, records.Count);
        Assert.All(records, r => Assert.Equal(ReminderDeliveryState.Sent, r.State));

        // Every goal went out exactly once, whichever instance claimed it (one instance may have sent a person one goal, the other the second).
        var asked = h.Slack.Posted.SelectMany(p => p.Message.Card!.Inputs.OfType<TextInput>().Where(i => i.Kind == InputKind.Number).Select(i => i.Id)).ToArray();
        Assert.Equal(4, asked.Length);
        Assert.Equal(4, asked.Distinct().Count());
        Assert.Equal(h.Slack.Posted.Count, both.SelectMany(o => o).Count(o => o.Sent));
    }

    [Fact]
    public async Task Run_NumberImportedBeforeTheReminder_NoMessage()
    {
        await using var h = await ReminderHarness.CreateAsync();
        await h.GoalAsync(MetricKey.Mql, "U-MARIA");
        await new SqlMeasurementStore(h.Connections).AddAsync(ReminderHarness.Acme, [ReminderHarness.Number(MetricKey.Mql, new DateOnly(2026, 11, 30), MeasurementSource.Import)], default);

        Assert.Empty(await h.Dispatcher.RunAsync(default));
        Assert.Empty(h.Slack.Posted);
    }

    [Fact]
    public async Task Run_NumberArrivesAfterTheReminder_MarkedAnsweredAndNoSecondReminder()
    {
        await using var h = await ReminderHarness.CreateAsync();
        await h.GoalAsync(MetricKey.Mql, "U-MARIA");
        await h.Dispatcher.RunAsync(default);

        await new SqlMeasurementStore(h.Connections).AddAsync(ReminderHarness.Acme, [ReminderHarness.Number(MetricKey.Mql, new DateOnly(2026, 11, 30))], default);
        h.Time.Advance(TimeSpan.FromDays(1));
        Assert.Empty(await h.Dispatcher.RunAsync(default));

        Assert.Equal(ReminderDeliveryState.Answered, Assert.Single(await h.DeliveriesAsync()).State);
        Assert.Single(h.Slack.Posted);
    }

    [Fact]
    public async Task Run_NoAnswer_SecondReminderNextDayInTheSameDirectMessage()
    {
        await using var h = await ReminderHarness.CreateAsync();
        await h.GoalAsync(MetricKey.Mql, "U-MARIA");
        await h.Dispatcher.RunAsync(default);

        h.Time.Advance(TimeSpan.FromHours(12));
        Assert.Empty(await h.Dispatcher.RunAsync(default));
        h.Time.Advance(TimeSpan.FromHours(12));
        var nudge = Assert.Single(await h.Dispatcher.RunAsync(default));

        Assert.True(nudge.Sent);
        Assert.Contains("Still missing: Marketing qualified leads for the week of 30 Nov?", h.Slack.To("DU-MARIA").Last().Text, StringComparison.Ordinal);

        // The 1:1 was opened once and remembered on the person.
        Assert.Single(h.Opener.Opened);
        Assert.Equal([ReminderKind.Ask, ReminderKind.Nudge], (await h.DeliveriesAsync()).Select(d => d.Kind).Order());
    }

    [Fact]
    public async Task Run_SenderThrows_UncertainAndNeverResent()
    {
        await using var h = await ReminderHarness.CreateAsync();
        await h.GoalAsync(MetricKey.Mql, "U-MARIA");
        h.Slack.Behavior = (_, _, _) => throw new HttpRequestException("connection reset after the request was written");

        var outcome = Assert.Single(await h.Dispatcher.RunAsync(default));

        Assert.Equal(ReminderDeliveryState.Uncertain, outcome.State);
        h.Slack.Behavior = null;
        h.Time.Advance(TimeSpan.FromDays(1));
        await using var restarted = h.Restart();
        Assert.Empty(await restarted.Dispatcher.RunAsync(default));
        Assert.Empty(h.Slack.Posted);
    }

    [Fact]
    public async Task Run_TransientRefusal_ClaimGivenBackAndTheNextRunSends()
    {
        await using var h = await ReminderHarness.CreateAsync();
        await h.GoalAsync(MetricKey.Mql, "U-MARIA");
        h.Slack.Behavior = (_, _, _) => Task.FromResult(SendResult.Failed("Slack kept rate-limiting the post: ratelimited.", permanent: false));

        Assert.Null(Assert.Single(await h.Dispatcher.RunAsync(default)).State);
        Assert.Empty(await h.DeliveriesAsync());

        h.Slack.Behavior = null;
        h.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.True(Assert.Single(await h.Dispatcher.RunAsync(default)).Sent);
    }

    [Fact]
    public async Task Run_ProcessDiedWhileSending_UncertainAfterTheLease()
    {
        await using var h = await ReminderHarness.CreateAsync();
        var goal = await h.GoalAsync(MetricKey.Mql, "U-MARIA");
        await h.Store.TryClaimAsync(new ReminderDelivery(ReminderHarness.Acme, goal.Id, "U-MARIA", "2026-11-30", ReminderKind.Ask, ReminderDeliveryState.Sending,
            ReminderHarness.MondayTen, ReminderHarness.MondayTen, Guid.NewGuid(), ReminderHarness.MondayTen, "dead-host:1"), default);

        h.Time.Advance(TimeSpan.FromMinutes(11));
        Assert.Empty(await h.Dispatcher.RunAsync(default));

        Assert.Equal(ReminderDeliveryState.Uncertain, Assert.Single(await h.DeliveriesAsync()).State);
        Assert.Empty(h.Slack.Posted);
    }

    [Fact]
    public async Task Run_TwoMissedWeeks_TheSetterIsToldOnce()
    {
        await using var h = await ReminderHarness.CreateAsync();
        await h.GoalAsync(MetricKey.Mql, "U-MARIA", numbersUntil: new DateOnly(2026, 11, 22));

        await h.Dispatcher.RunAsync(default);
        h.Time.Advance(TimeSpan.FromDays(7));
        await h.Dispatcher.RunAsync(default);

        var toSetter = Assert.Single(h.Slack.To("DU-CEO"));
        Assert.Contains("Marketing qualified leads (owner: Maria) has had no number for 2 periods in a row", toSetter.Text, StringComparison.Ordinal);
    }
}
