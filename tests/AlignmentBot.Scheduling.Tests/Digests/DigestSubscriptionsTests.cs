using AlignmentBot.Application.Digests;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Stores;
using static AlignmentBot.Scheduling.Tests.Support.DigestHarness;

namespace AlignmentBot.Scheduling.Tests.Digests;

/// <summary>The API the chat dialogs call ("send the weekly digest here every Monday at 9", ...).</summary>
public sealed class DigestSubscriptionsTests
{
    private static readonly UserRef Marco = new("U-MARCO", "Marco", "Europe/Berlin");

    [Fact]
    public async Task Subscribe_FromAPhrase_RepliesWithTheScheduleAndTheFirstRun()
    {
        await using var h = await CreateAsync();
        var here = Channel("marketing");
        var parse = await h.Subscriptions.ParseScheduleAsync(here, "send the weekly digest here every Monday at 9", Marco, Audience.Marketing, default);

        var change = await h.Subscriptions.SubscribeAsync(here, Audience.Marketing, parse.Schedule!, Marco.Id, default);

        Assert.Equal(SubscriptionChangeKind.Created, change.Kind);
        Assert.Equal("Done: the marketing digest will be posted here every Monday at 09:00 (Europe/Berlin). The first one arrives Mon 23 Nov 2026 at 09:00.", change.Reply);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero), change.NextRun);
        Assert.True(h.Scheduler.Scheduled.ContainsKey(change.Subscription!.Id));
    }

    [Fact]
    public async Task Subscribe_NoTimeZoneFromThePerson_UsesTheWorkspaces()
    {
        await using var h = await CreateAsync();

        var defaults = await h.Subscriptions.DefaultsAsync(Channel("marketing"), new UserRef("U1", "Someone"), null, default);

        Assert.Equal(new DigestScheduleDefaults("America/New_York"), defaults);
    }

    [Fact]
    public async Task Subscribe_WorkspaceNeverSeenBefore_IsCreatedSoTheSchedulerFindsIt()
    {
        await using var h = await CreateAsync();
        var teams = Channel("19:abc@thread.tacv2", "msteams", workspace: "tenant-42");

        await h.Subscriptions.SubscribeAsync(teams, Audience.Sales, DigestSchedule.Default("Europe/London"), "U1", default);

        var workspace = await new SqlWorkspaceStore(h.Database.Connections).GetAsync(new WorkspaceId("tenant-42"), default);
        Assert.Equal((Platform.Teams, "Europe/London"), (workspace!.Platform, workspace.TimeZone));
    }

    [Fact]
    public async Task Subscribe_SameChannelAndAudienceAgain_ChangesTheSchedule()
    {
        await using var h = await CreateAsync();
        var first = await h.SubscribeAsync("marketing");

        var change = await h.Subscriptions.SubscribeAsync(Channel("marketing"), Audience.Marketing,
            new DigestSchedule(DayOfWeek.Friday, new TimeOnly(16, 0), "America/New_York"), "U-DANA", default);

        Assert.Equal(SubscriptionChangeKind.Updated, change.Kind);
        Assert.Equal(first.Id, change.Subscription!.Id);
        Assert.Equal("U-DANA", change.Subscription.ChangedBy);
        Assert.Single(await h.SubscriptionStore.ListAsync(Acme, default));
    }

    [Fact]
    public async Task Reschedule_MoveOurDigestToFridayFourPm_KeepsTheRestAndSaysWhenNext()
    {
        await using var h = await CreateAsync();
        await h.SubscribeAsync("marketing");
        var parse = await h.Subscriptions.ParseScheduleAsync(Channel("marketing"), "move our digest to Friday 4pm", null, null, default);

        var change = await h.Subscriptions.RescheduleAsync(Channel("marketing"), null, parse.Schedule!, "U-MARCO", default);

        Assert.Equal(SubscriptionChangeKind.Updated, change.Kind);
        Assert.Equal("Done: the marketing digest here now goes out every Friday at 16:00 (America/New_York). The next one arrives Fri 20 Nov 2026 at 16:00.", change.Reply);
        Assert.Equal(DayOfWeek.Friday, h.Scheduler.Scheduled[change.Subscription!.Id].Schedule.Day);
    }

    [Fact]
    public async Task Reschedule_AfterThisWeeksDigestWasSent_NextRunSkipsToNextWeek()
    {
        await using var h = await CreateAsync();
        var subscription = await h.SubscribeAsync("marketing");
        h.Time.SetUtcNow(MondayNine);
        await h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default);

        var change = await h.Subscriptions.RescheduleAsync(Channel("marketing"), null,
            new DigestSchedule(DayOfWeek.Friday, new TimeOnly(16, 0), "America/New_York"), "U-MARCO", default);

        // Monday's digest already covered this week: at most one per period, so the first Friday is next week's.
        Assert.EndsWith("The next one arrives Fri 4 Dec 2026 at 16:00.", change.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reschedule_TwoDigestsHereAndNoAudienceSaid_AsksWhichOne()
    {
        await using var h = await CreateAsync();
        await h.SubscribeAsync("growth", Audience.Marketing);
        await h.SubscribeAsync("growth", Audience.Leadership);

        var change = await h.Subscriptions.RescheduleAsync(Channel("growth"), null, DigestSchedule.Default("UTC"), "U1", default);

        Assert.Equal(SubscriptionChangeKind.Ambiguous, change.Kind);
        Assert.Equal("This conversation gets the leadership and marketing digests: which one do you mean?", change.Reply);
    }

    [Fact]
    public async Task Unsubscribe_StopSendingTheDigestHere_RemovesEveryDigestOfTheChannel()
    {
        await using var h = await CreateAsync();
        await h.SubscribeAsync("growth", Audience.Marketing);
        await h.SubscribeAsync("growth", Audience.Leadership);
        var elsewhere = await h.SubscribeAsync("sales", Audience.Sales);

        var change = await h.Subscriptions.UnsubscribeAsync(Channel("growth"), null, "U1", default);

        Assert.Equal("Stopped: no more leadership and marketing digests here.", change.Reply);
        Assert.Equal([elsewhere.Id], (await h.SubscriptionStore.ListAsync(Acme, default)).Select(s => s.Id));
        Assert.Equal([elsewhere.Id], h.Scheduler.Scheduled.Keys);
    }

    [Fact]
    public async Task Unsubscribe_NothingHere_SaysHowToStartOne()
    {
        await using var h = await CreateAsync();

        var change = await h.Subscriptions.UnsubscribeAsync(Channel("random"), null, "U1", default);

        Assert.Equal(SubscriptionChangeKind.NotFound, change.Kind);
        Assert.Contains("send the weekly digest here every Monday at 9", change.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_SharedAudience_IsRefusedPolitely()
    {
        await using var h = await CreateAsync();

        var change = await h.Subscriptions.SubscribeAsync(Channel("x"), Audience.Shared, DigestSchedule.Default("UTC"), "U1", default);

        Assert.Equal(SubscriptionChangeKind.Refused, change.Kind);
    }

    [Fact]
    public async Task List_ShowsNextRunInLocalTimeAndTheLastDelivery()
    {
        await using var h = await CreateAsync();
        var subscription = await h.SubscribeAsync("marketing");
        h.Time.SetUtcNow(MondayNine);
        await h.Dispatcher.RunScheduledAsync(Acme, subscription.Id, default);
        await h.Subscriptions.AddHolidayAsync(Acme, new DateOnly(2026, 12, 25), "Christmas", "U1", default);

        var statuses = await h.Subscriptions.ListAsync(Acme, default);
        var table = DigestListTable.Render(Acme.Value, statuses, await h.Subscriptions.ListHolidaysAsync(Acme, default));

        Assert.Contains(subscription.ShortId, table, StringComparison.Ordinal);
        Assert.Contains("every Monday at 09:00 (America/New_York)", table, StringComparison.Ordinal);
        Assert.Contains("Mon 30 Nov 2026 at 09:00", table, StringComparison.Ordinal);
        Assert.Contains("sent 2026-11-23", table, StringComparison.Ordinal);
        Assert.Contains("Company holidays (no digests): Fri 25 Dec 2026 (Christmas)", table, StringComparison.Ordinal);
        Assert.DoesNotContain("Needs attention", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_DemoCompany_EachAudienceGetsItsOwnEmphasisOnTheSameNumbers()
    {
        await using var h = await CreateAsync(MondayNine);
        await h.SeedDemoAsync();

        var leadership = (await h.Subscriptions.PreviewAsync(Acme, Audience.Leadership, default)).Text;
        var marketing = (await h.Subscriptions.PreviewAsync(Acme, Audience.Marketing, default)).Text;
        var sales = (await h.Subscriptions.PreviewAsync(Acme, Audience.Sales, default)).Text;

        Assert.Contains("Is marketing working? Partly", leadership, StringComparison.Ordinal);
        Assert.Contains("needs a decision", leadership, StringComparison.Ordinal);
        Assert.Contains("unaligned request", marketing[..marketing.IndexOf("**Funnel", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("Review the", sales[..sales.IndexOf("**Leads", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.True(leadership.IndexOf("**Goals", StringComparison.Ordinal) < leadership.IndexOf("**Funnel", StringComparison.Ordinal));
        Assert.True(marketing.IndexOf("**Funnel", StringComparison.Ordinal) < marketing.IndexOf("**Goals", StringComparison.Ordinal));
        Assert.True(sales.IndexOf("**Leads", StringComparison.Ordinal) < sales.IndexOf("**Funnel", StringComparison.Ordinal));

        // The same facts for everyone: the funnel line reads identically in all three.
        var mqlLine = leadership.Split('\n').Single(l => l.StartsWith("• Marketing qualified leads:", StringComparison.Ordinal));
        Assert.Contains(mqlLine, marketing, StringComparison.Ordinal);
        Assert.Contains(mqlLine, sales, StringComparison.Ordinal);
        Assert.Empty(h.Slack.Posted);
    }

    [Fact]
    public async Task Preview_Card_StaysWithinSlackAndTeamsLimits()
    {
        await using var h = await CreateAsync(MondayNine);
        await h.SeedDemoAsync();

        foreach (var audience in new[] { Audience.Leadership, Audience.Marketing, Audience.Sales })
        {
            var message = await h.Subscriptions.PreviewAsync(Acme, audience, default);
            Assert.InRange(message.Card!.Blocks.Count, 1, 50);                   // Slack: at most 50 blocks in a message
            Assert.InRange(System.Text.Encoding.Unicode.GetByteCount(message.Text), 1, 40_000); // Teams: keep well under ~80 KB
        }
    }

    [Fact]
    public async Task PreviewForConversation_ChannelWithAFortnightlySubscription_UsesItsCadence()
    {
        await using var h = await CreateAsync(MondayNine);
        await h.SubscribeAsync("leaders", Audience.Leadership, new DigestSchedule(DayOfWeek.Monday, new TimeOnly(9, 0), "America/New_York", everyWeeks: 2));

        var message = await h.Subscriptions.PreviewForConversationAsync(Channel("leaders"), null, default);

        Assert.StartsWith("**Fortnightly alignment digest for leadership**", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Holidays_AddRenameRemove_RepliesForChat()
    {
        await using var h = await CreateAsync();
        var day = new DateOnly(2026, 12, 28);

        Assert.Equal("Done: no digests on Mon 28 Dec 2026 (Year-end shutdown); the next digest will say so.",
            await h.Subscriptions.AddHolidayAsync(Acme, day, "Year-end shutdown", "U1", default));
        Assert.Equal("Done: Mon 28 Dec 2026 is no longer a holiday for digests.", await h.Subscriptions.RemoveHolidayAsync(Acme, day, default));
        Assert.Equal("Mon 28 Dec 2026 was not a holiday.", await h.Subscriptions.RemoveHolidayAsync(Acme, day, default));
    }

    [Fact]
    public async Task Find_ByTheShortIdDigestListShows_FindsIt()
    {
        await using var h = await CreateAsync();
        var subscription = await h.SubscribeAsync("marketing");

        var (found, problem) = await h.Subscriptions.FindAsync(Acme, subscription.ShortId, default);
        var (missing, why) = await h.Subscriptions.FindAsync(Acme, "ffffffff", default);

        Assert.Equal(subscription.Id, found!.Id);
        Assert.Null(problem);
        Assert.Null(missing);
        Assert.Contains("digest list", why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("send the sales digest here", null, null, Audience.Sales)]
    [InlineData("send the digest here", "#exec-team", null, Audience.Leadership)]
    [InlineData("send the digest here", "#random", Role.Marketer, Audience.Marketing)]
    public void GuessAudience_WordsThenChannelNameThenRole(string text, string? channel, Role? role, Audience expected)
    {
        Assert.Equal(expected, DigestAudiences.Guess(text, channel, role));
    }
}
