using AlignmentBot.Application.Digests;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Scheduling.Tests.Support;
using static AlignmentBot.Scheduling.Tests.Support.DigestHarness;

namespace AlignmentBot.Scheduling.Tests.Digests;

/// <summary>What the digest job does when it is woken, with a fake clock and fake channels (no Quartz).</summary>
public sealed class DigestDispatcherTests
{
    private const string ThisMonday = "2026-11-23";

    [Fact]
    public async Task RunScheduled_OnTime_PostsOneDigestWithCardAndPlainText()
    {
        await using var h = await CreateAsync();
        await h.SeedDemoAsync();
        var subscription = await h.SubscribeAsync("marketing");
        h.Time.SetUtcNow(MondayNine);

        var outcome = await h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default);

        Assert.Equal(DeliveryOutcomeKind.Posted, outcome.Kind);
        var (to, message) = Assert.Single(h.Slack.Posted);
        Assert.Equal("marketing", to.ConversationId);
        Assert.StartsWith("**Weekly alignment digest for marketing**", message.Text, StringComparison.Ordinal);
        Assert.Equal("Weekly alignment digest for marketing", message.Card!.Title);
        Assert.Equal($"digest:{subscription.Id:N}:{ThisMonday}", message.Card.Id);
        var record = await h.DeliveryAsync(subscription, ThisMonday);
        Assert.Equal((DeliveryState.Sent, 1, "marketing/1"), (record!.State, record.Attempts, record.MessageId));
    }

    [Fact]
    public async Task RunScheduled_FiredTwiceForTheSameMonday_PostsOnce()
    {
        await using var h = await CreateAsync();
        var subscription = await h.SubscribeAsync("marketing");
        h.Time.SetUtcNow(MondayNine);

        await h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default);
        h.Time.Advance(TimeSpan.FromMinutes(3));
        var second = await h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default);

        Assert.Equal(DeliveryOutcomeKind.AlreadyHandled, second.Kind);
        Assert.Single(h.Slack.Posted);
    }

    [Fact]
    public async Task RunScheduled_ManyFiringsAtOnce_PostsOnce()
    {
        await using var h = await CreateAsync();
        var subscription = await h.SubscribeAsync("marketing");
        h.Time.SetUtcNow(MondayNine);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default))));

        Assert.Single(outcomes, o => o.Kind == DeliveryOutcomeKind.Posted);
        Assert.Single(h.Slack.Posted);
    }

    [Fact]
    public async Task RunScheduled_TwoSubscriptionsInOneChannel_BothPostedOneAfterTheOther()
    {
        await using var h = await CreateAsync();
        var marketing = await h.SubscribeAsync("growth", Audience.Marketing);
        var leadership = await h.SubscribeAsync("growth", Audience.Leadership);
        h.Slack.Behavior = async (to, message, ct) =>
        {
            await Task.Delay(50, ct);
            return h.Slack.Post(to, message);
        };
        h.Time.SetUtcNow(MondayNine);

        var outcomes = await h.Dispatcher.SendAllDueAsync(Acme, default);

        Assert.All(outcomes, o => Assert.Equal(DeliveryOutcomeKind.Posted, o.Kind));
        Assert.Equal(2, h.Slack.To("growth").Count());
        Assert.Equal(1, h.Slack.MaxConcurrentPerConversation);
        Assert.Equal(DeliveryState.Sent, (await h.DeliveryAsync(marketing, ThisMonday))!.State);
        Assert.Equal(DeliveryState.Sent, (await h.DeliveryAsync(leadership, ThisMonday))!.State);
    }

    [Fact]
    public async Task RunScheduled_CompanyHoliday_SkipsAndTheNextDigestSaysSo()
    {
        await using var h = await CreateAsync();
        var subscription = await h.SubscribeAsync("marketing");
        await h.Subscriptions.AddHolidayAsync(Acme, new DateOnly(2026, 11, 23), "Founders' day", "U-DANA", default);
        h.Time.SetUtcNow(MondayNine);

        var holiday = await h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default);
        h.Time.SetUtcNow(MondayNine.AddDays(7));
        var next = await h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default);

        Assert.Equal(DeliveryOutcomeKind.Skipped, holiday.Kind);
        Assert.Equal((DeliveryState.Skipped, "Founders' day"), ((await h.DeliveryAsync(subscription, ThisMonday))!.State, holiday.Delivery!.Detail));
        Assert.Equal(DeliveryOutcomeKind.Posted, next.Kind);
        var text = Assert.Single(h.Slack.Posted).Message.Text;
        Assert.Contains("⚠ No digest on Mon 23 Nov 2026: company holiday (Founders' day).", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunScheduled_BotBackWithinTheGracePeriod_SendsTheMissedDigest()
    {
        await using var h = await CreateAsync();
        var subscription = await h.SubscribeAsync("marketing");
        h.Time.SetUtcNow(MondayNine.AddHours(11).AddMinutes(59));

        var outcome = await h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default);

        Assert.Equal(DeliveryOutcomeKind.Posted, outcome.Kind);
        Assert.Single(h.Slack.Posted);
    }

    [Fact]
    public async Task RunScheduled_BotBackAfterTheGracePeriod_RecordsMissedAndTheNextDigestSaysSo()
    {
        await using var h = await CreateAsync();
        var subscription = await h.SubscribeAsync("marketing");
        h.Time.SetUtcNow(MondayNine.AddHours(12).AddMinutes(1));

        var late = await h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default);
        h.Time.SetUtcNow(MondayNine.AddDays(7));
        await h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default);

        Assert.Equal(DeliveryOutcomeKind.Missed, late.Kind);
        Assert.Equal(DeliveryState.Missed, (await h.DeliveryAsync(subscription, ThisMonday))!.State);
        var text = Assert.Single(h.Slack.Posted).Message.Text;
        Assert.Contains("⚠ The digest due Mon 23 Nov 2026 was not sent: the bot was offline when it was due.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunScheduled_GracePeriodFromConfiguration_IsHonoured()
    {
        await using var h = await CreateAsync(configure: o => o.GracePeriod = TimeSpan.FromHours(1));
        var subscription = await h.SubscribeAsync("marketing");
        h.Time.SetUtcNow(MondayNine.AddHours(2));

        Assert.Equal(DeliveryOutcomeKind.Missed, (await h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default)).Kind);
    }

    [Fact]
    public async Task RunScheduled_DownForThreeWeeks_EachMissedWeekRecordedAndMentionedOnce()
    {
        await using var h = await CreateAsync();
        var subscription = await h.SubscribeAsync("marketing");
        await h.Subscriptions.AddHolidayAsync(Acme, new DateOnly(2026, 11, 30), null, "U-DANA", default);

        // Down from Sunday 22 Nov to Monday 14 Dec 10:00 New York: back within the grace period of that Monday.
        h.Time.SetUtcNow(MondayNine.AddDays(21).AddHours(1));
        var outcome = await h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default);

        Assert.Equal(DeliveryOutcomeKind.Posted, outcome.Kind);
        var history = await h.Deliveries.ListAsync(Acme, subscription.Id, 10, default);
        Assert.Equal(
            [("2026-12-14", DeliveryState.Sent), ("2026-12-07", DeliveryState.Missed), ("2026-11-30", DeliveryState.Skipped), ("2026-11-23", DeliveryState.Missed)],
            history.Select(d => (d.PeriodKey, d.State)));
        var text = Assert.Single(h.Slack.Posted).Message.Text;
        Assert.Contains("⚠ The digest due Mon 23 Nov 2026 was not sent", text, StringComparison.Ordinal);
        Assert.Contains("⚠ No digest on Mon 30 Nov 2026: company holiday.", text, StringComparison.Ordinal);
        Assert.Contains("⚠ The digest due Mon 7 Dec 2026 was not sent", text, StringComparison.Ordinal);

        // The week after, the notes are gone: they were told once.
        h.Time.SetUtcNow(MondayNine.AddDays(28));
        await h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default);
        Assert.DoesNotContain("⚠", h.Slack.Posted.Last().Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunScheduled_RestartMidWeek_NothingSentAndNothingMarkedMissed()
    {
        await using var h = await CreateAsync();
        var subscription = await h.SubscribeAsync("marketing");
        h.Time.SetUtcNow(MondayNine);
        await h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default);

        // Wednesday: a restarted process is woken (e.g. by a start-up catch-up) and finds Monday's digest sent.
        h.Time.SetUtcNow(MondayNine.AddDays(2));
        await using var restarted = h.Restart();
        var outcome = await restarted.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default);

        Assert.Equal(DeliveryOutcomeKind.AlreadyHandled, outcome.Kind);
        Assert.Single(h.Slack.Posted);
        Assert.Empty(restarted.Slack.Posted);
        Assert.Single(await restarted.Deliveries.ListAsync(Acme, subscription.Id, 10, default));
    }

    [Fact]
    public async Task RunScheduled_SubscribedAfterThisWeeksTime_FirstDigestNextWeek()
    {
        await using var h = await CreateAsync(MondayNine.AddMinutes(30));
        var subscription = await h.SubscribeAsync("marketing");

        Assert.Equal(DeliveryOutcomeKind.NotDue, (await h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default)).Kind);
        h.Time.SetUtcNow(MondayNine.AddDays(7));
        Assert.Equal(DeliveryOutcomeKind.Posted, (await h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default)).Kind);
    }

    [Fact]
    public async Task RunScheduled_EveryOtherMonday_PostsOnlyInItsWeeks()
    {
        await using var h = await CreateAsync();
        var subscription = await h.SubscribeAsync("marketing", schedule: new DigestSchedule(DayOfWeek.Monday, new TimeOnly(9, 0), "America/New_York", everyWeeks: 2));

        var kinds = new List<DeliveryOutcomeKind>();
        for (var week = 0; week < 4; week++)
        {
            h.Time.SetUtcNow(MondayNine.AddDays(7 * week));
            kinds.Add((await h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default)).Kind);
        }

        Assert.Equal([DeliveryOutcomeKind.Posted, DeliveryOutcomeKind.AlreadyHandled, DeliveryOutcomeKind.Posted, DeliveryOutcomeKind.AlreadyHandled], kinds);
        Assert.Equal(2, h.Slack.Posted.Count);
        Assert.Contains("Fortnightly alignment digest for marketing", h.Slack.Posted.First().Message.Text, StringComparison.Ordinal);
        Assert.Contains("weeks of 9–22 Nov 2026, compared with 26 Oct – 8 Nov 2026", h.Slack.Posted.First().Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunScheduled_SundayWorkWeek_ReportsOnSundayToSaturday()
    {
        await using var h = await CreateAsync();
        var schedule = new DigestSchedule(DayOfWeek.Sunday, new TimeOnly(9, 0), "Asia/Jerusalem", weekStart: DayOfWeek.Sunday);
        var subscription = await h.SubscribeAsync("hanhala", Audience.Leadership, schedule);
        h.Time.SetUtcNow(new DateTimeOffset(2026, 11, 22, 7, 0, 0, TimeSpan.Zero)); // Sunday 09:00 in Jerusalem

        var outcome = await h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default);

        Assert.Equal(DeliveryOutcomeKind.Posted, outcome.Kind);
        Assert.Equal("2026-11-22", outcome.Delivery!.PeriodKey);
        Assert.Contains("week of 15–21 Nov 2026, compared with 8–14 Nov 2026", Assert.Single(h.Slack.Posted).Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunScheduled_SpringForwardWeekInNewYork_ServesNineLocal()
    {
        await using var h = await CreateAsync(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var subscription = await h.SubscribeAsync("marketing");

        // 09:00 EDT on Monday 9 Mar 2026 is 13:00 UTC; 14:00 UTC would be an hour late.
        h.Time.SetUtcNow(new DateTimeOffset(2026, 3, 9, 13, 0, 0, TimeSpan.Zero));
        var outcome = await h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default);

        Assert.Equal(DeliveryOutcomeKind.Posted, outcome.Kind);
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 13, 0, 0, TimeSpan.Zero), outcome.Delivery!.DueAt);
    }

    [Fact]
    public async Task Post_TransientFailures_RetriedWithBackoffThenFailedAndShownNextTime()
    {
        await using var h = await CreateAsync(configure: o => o.RetryDelays = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)]);
        var subscription = await h.SubscribeAsync("marketing");
        h.Slack.Behavior = (_, _, _) => Task.FromResult(SendResult.Failed("HTTP 503 from Slack", permanent: false));
        h.Time.SetUtcNow(MondayNine);

        var first = await h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default);
        Assert.Equal((DeliveryOutcomeKind.RetryPending, MondayNine.AddMinutes(1)), (first.Kind, first.Delivery!.NextAttemptAt!.Value));

        h.Time.Advance(TimeSpan.FromSeconds(30));
        Assert.Empty((await h.Dispatcher.RunMaintenanceAsync(default)).Retries);
        h.Time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(DeliveryOutcomeKind.RetryPending, Assert.Single((await h.Dispatcher.RunMaintenanceAsync(default)).Retries).Kind);
        h.Time.Advance(TimeSpan.FromMinutes(5));
        var last = Assert.Single((await h.Dispatcher.RunMaintenanceAsync(default)).Retries);

        Assert.Equal(DeliveryOutcomeKind.Failed, last.Kind);
        Assert.Equal(3, h.Slack.Calls);
        Assert.Equal("HTTP 503 from Slack (gave up after 3 attempts).", last.Delivery!.Detail);
        var status = Assert.Single(await h.Subscriptions.ListAsync(Acme, default));
        Assert.True(status.NeedsAttention);

        h.Slack.Behavior = null;
        h.Time.SetUtcNow(MondayNine.AddDays(7));
        await h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default);
        Assert.Contains("⚠ The digest due Mon 23 Nov 2026 could not be posted (HTTP 503 from Slack (gave up after 3 attempts)).", Assert.Single(h.Slack.Posted).Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_PermanentFailure_FailsAtOnceWithoutRetries()
    {
        await using var h = await CreateAsync();
        var subscription = await h.SubscribeAsync("marketing");
        h.Slack.Behavior = (_, _, _) => Task.FromResult(SendResult.Failed("channel_not_found", permanent: true));
        h.Time.SetUtcNow(MondayNine);

        var outcome = await h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default);
        h.Time.Advance(TimeSpan.FromHours(2));
        await h.Dispatcher.RunMaintenanceAsync(default);

        Assert.Equal(DeliveryOutcomeKind.Failed, outcome.Kind);
        Assert.Equal(1, h.Slack.Calls);
        Assert.Equal("channel_not_found", (await h.DeliveryAsync(subscription, ThisMonday))!.Detail);
    }

    [Fact]
    public async Task Post_ChannelWithoutASender_SaysWhyAndRecordsNothing()
    {
        await using var h = await CreateAsync();
        var subscription = await h.SubscribeAsync("19:general@thread.tacv2", channelId: "msteams-gov");
        h.Time.SetUtcNow(MondayNine);

        var outcome = await h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default);
        var status = Assert.Single(await h.Subscriptions.ListAsync(Acme, default));

        Assert.Equal(DeliveryOutcomeKind.ChannelUnavailable, outcome.Kind);
        Assert.Contains("No sender is registered for channel 'msteams-gov' (registered: msteams, slack)", outcome.Summary, StringComparison.Ordinal);
        Assert.Null(await h.DeliveryAsync(subscription, ThisMonday));
        Assert.Equal("No sender is registered for channel 'msteams-gov' (registered: msteams, slack).", status.Problem);
    }

    [Fact]
    public async Task Post_PlatformNotConfiguredInThisProcess_NothingPostedOrRecordedSoAConfiguredProcessCanStillSendThePeriod()
    {
        await using var h = await CreateAsync();
        var subscription = await h.SubscribeAsync("marketing");
        h.Slack.NotConfigured = "Slack is not configured here: Slack:BotToken is not set.";
        h.Time.SetUtcNow(MondayNine);

        var scheduled = await h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default);
        var sendNow = await h.Dispatcher.SendNowAsync(Acme, subscription.Id, default);
        var status = Assert.Single(await h.Subscriptions.ListAsync(Acme, default));

        Assert.Equal((DeliveryOutcomeKind.ChannelUnavailable, DeliveryOutcomeKind.ChannelUnavailable), (scheduled.Kind, sendNow.Kind));
        Assert.Contains("(subscription " + subscription.ShortId + "): Slack is not configured here: Slack:BotToken is not set. Nothing was recorded", sendNow.Summary, StringComparison.Ordinal);
        Assert.Equal(0, h.Slack.Calls);
        Assert.Null(await h.DeliveryAsync(subscription, ThisMonday));
        Assert.True(status.NeedsAttention);
        Assert.Equal(h.Slack.NotConfigured, status.Problem);

        // Configured again (the web host, or the command line with the token): the period is still open and goes out once.
        h.Slack.NotConfigured = null;
        var posted = await h.Dispatcher.SendNowAsync(Acme, subscription.Id, default);

        Assert.Equal(DeliveryOutcomeKind.Posted, posted.Kind);
        Assert.Single(h.Slack.Posted);
        Assert.Equal((DeliveryState.Sent, 1), ((await h.DeliveryAsync(subscription, ThisMonday))!.State, posted.Delivery!.Attempts));
    }

    [Fact]
    public async Task Post_CrashAfterThePlatformAcceptedItButBeforeTheRecord_IsNeverRepostedAndEndsUncertain()
    {
        await using var h = await CreateAsync(configure: o => o.SendingLease = TimeSpan.FromMinutes(10), wrapDeliveries: inner => new DyingDeliveryStore(inner));
        var subscription = await h.SubscribeAsync("marketing");
        h.Time.SetUtcNow(MondayNine);

        // The platform accepts the post; the process dies before the "sent" record is written.
        await Assert.ThrowsAsync<DyingDeliveryStore.ProcessDied>(() => h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default));
        Assert.Single(h.Slack.Posted);
        Assert.Equal(DeliveryState.Sending, (await h.DeliveryAsync(subscription, ThisMonday))!.State);

        // Restart two minutes later: the trigger fires again (start-up catch-up) and the maintenance sweep runs.
        h.Time.Advance(TimeSpan.FromMinutes(2));
        await using var restarted = h.Restart();
        var again = await restarted.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default);
        var early = await restarted.Dispatcher.RunMaintenanceAsync(default);
        h.Time.Advance(TimeSpan.FromMinutes(10));
        var settled = await restarted.Dispatcher.RunMaintenanceAsync(default);

        Assert.Equal(DeliveryOutcomeKind.AlreadyHandled, again.Kind);
        Assert.Equal(0, early.MarkedUncertain);
        Assert.Equal(1, settled.MarkedUncertain);
        Assert.Empty(restarted.Slack.Posted);
        var status = Assert.Single(await restarted.Subscriptions.ListAsync(Acme, default));
        Assert.Equal(DeliveryState.Uncertain, status.LastDelivery!.State);
        Assert.True(status.NeedsAttention);

        // Still not reposted by later firings; only when a person who checked the channel asks for it.
        h.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(DeliveryOutcomeKind.AlreadyHandled, (await restarted.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default)).Kind);
        Assert.Empty(restarted.Slack.Posted);
        var manual = await restarted.Subscriptions.SendNowAsync(Acme, subscription.Id, default);
        Assert.Equal(DeliveryOutcomeKind.Posted, manual.Kind);
        Assert.Single(restarted.Slack.Posted);
    }

    [Fact]
    public async Task Post_SenderThrowsAfterPosting_MarkedUncertainAndNotRetried()
    {
        await using var h = await CreateAsync();
        var subscription = await h.SubscribeAsync("marketing");
        h.Slack.Behavior = (to, message, _) =>
        {
            h.Slack.Post(to, message);
            throw new HttpRequestException("connection reset after the request was written");
        };
        h.Time.SetUtcNow(MondayNine);

        var outcome = await h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default);
        h.Time.Advance(TimeSpan.FromHours(3));
        await h.Dispatcher.RunMaintenanceAsync(default);
        await h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default);

        Assert.Equal(DeliveryOutcomeKind.Uncertain, outcome.Kind);
        Assert.Equal(1, h.Slack.Calls);
        Assert.Contains("may have arrived", (await h.DeliveryAsync(subscription, ThisMonday))!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SenderHangsPastTheTimeout_MarkedUncertain()
    {
        await using var h = await CreateAsync(configure: o => o.SendTimeout = TimeSpan.FromSeconds(30));
        var subscription = await h.SubscribeAsync("marketing");
        var started = new TaskCompletionSource();
        h.Slack.Behavior = async (_, _, ct) =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, ct);
            return SendResult.Ok("never");
        };
        h.Time.SetUtcNow(MondayNine);

        var run = h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default);
        await started.Task;
        h.Time.Advance(TimeSpan.FromSeconds(31));
        var outcome = await run.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(DeliveryOutcomeKind.Uncertain, outcome.Kind);
        Assert.Contains("timed out", outcome.Delivery!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendNow_PeriodAlreadySent_IsNotSentAgain()
    {
        await using var h = await CreateAsync();
        var subscription = await h.SubscribeAsync("marketing");
        h.Time.SetUtcNow(MondayNine);
        await h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default);
        h.Time.SetUtcNow(MondayNine.AddDays(2));

        var outcome = await h.Subscriptions.SendNowAsync(Acme, subscription.Id, default);

        Assert.Equal(DeliveryOutcomeKind.AlreadyHandled, outcome.Kind);
        Assert.StartsWith("This period's digest was already sent", outcome.Summary, StringComparison.Ordinal);
        Assert.Single(h.Slack.Posted);
    }

    [Fact]
    public async Task SendNow_NewSubscriptionMidWeek_PostsThisWeeksDigestAndMondayDoesNotRepeatIt()
    {
        await using var h = await CreateAsync(MondayNine.AddDays(-4));
        var subscription = await h.SubscribeAsync("marketing", schedule: new DigestSchedule(DayOfWeek.Friday, new TimeOnly(16, 0), "America/New_York"));
        h.Time.SetUtcNow(MondayNine.AddDays(-4).AddHours(1)); // Thursday

        var now = await h.Subscriptions.SendNowAsync(Acme, subscription.Id, default);
        h.Time.SetUtcNow(new DateTimeOffset(2026, 11, 20, 21, 0, 0, TimeSpan.Zero)); // that Friday 16:00
        var friday = await h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default);

        Assert.Equal(DeliveryOutcomeKind.Posted, now.Kind);
        Assert.Equal(DeliveryOutcomeKind.AlreadyHandled, friday.Kind);
        Assert.Single(h.Slack.Posted);
    }

    [Fact]
    public async Task SendAllDue_OneChannelHangs_TheOthersAreNotHeldUp()
    {
        await using var h = await CreateAsync(configure: o => o.MaxConcurrentSends = 4);
        var release = new TaskCompletionSource<SendResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Slack.Behavior = async (to, message, ct) => to.ConversationId == "slow" ? await release.Task.WaitAsync(ct) : h.Slack.Post(to, message);
        await h.SubscribeAsync("slow");
        await h.SubscribeAsync("slow", Audience.Sales);
        for (var i = 0; i < 30; i++)
        {
            await h.SubscribeAsync($"c{i}");
        }

        h.Time.SetUtcNow(MondayNine);
        var run = h.Dispatcher.SendAllDueAsync(Acme, default);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (h.Slack.Posted.Count < 30 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Equal(30, h.Slack.Posted.Count);
        Assert.False(run.IsCompleted);

        release.SetResult(SendResult.Ok("slow/1"));
        var outcomes = await run.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(32, outcomes.Count(o => o.Kind == DeliveryOutcomeKind.Posted));
    }
}
