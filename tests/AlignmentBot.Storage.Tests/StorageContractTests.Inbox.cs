using AlignmentBot.Conversations.Turns;
using AlignmentBot.Storage.Inbox;
using AlignmentBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace AlignmentBot.Storage.Tests;

/// <summary>The inbox (turn_inbox): what every engine must do so that an acknowledged event is never lost or run twice.</summary>
public abstract partial class StorageContractTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Inbox_AddSameKeyTwice_SecondIsReportedAsARetry()
    {
        var key = Key("Ev1");
        await using (var inbox = Inbox(shared: false))
        {
            Assert.True(await inbox.AddAsync(Entry(key), TestData.Now + Lease, default));
            Assert.False(await inbox.AddAsync(Entry(key) with { Work = "{\"text\":\"again\"}" }, TestData.Now + Lease, default));
        }

        // The first recording stands (read back by the next start).
        await using var restarted = Inbox(shared: false);
        var claimed = await restarted.ClaimAsync(new InboxClaim(TestData.Now, TestData.Now + Lease, 10, IgnoreLeases: true), default);
        Assert.Equal("{\"text\":\"Ev1\"}", Assert.Single(claimed).Work);
    }

    [Fact]
    public async Task Inbox_SameItemIdInAnotherConversationOrWorkspace_IsANewRow()
    {
        await using (var inbox = Inbox(shared: false))
        {
            Assert.True(await inbox.AddAsync(Entry(new TurnWorkKey("msteams", "tenant-1", "a:conv1", "1700000000001")), TestData.Now + Lease, default));
            Assert.True(await inbox.AddAsync(Entry(new TurnWorkKey("msteams", "tenant-1", "a:conv2", "1700000000001")), TestData.Now + Lease, default));
            Assert.True(await inbox.AddAsync(Entry(new TurnWorkKey("msteams", "tenant-2", "a:conv1", "1700000000001")), TestData.Now + Lease, default));
            Assert.True(await inbox.AddAsync(Entry(new TurnWorkKey("webchat", "tenant-1", "a:conv1", "1700000000001")), TestData.Now + Lease, default));
        }

        await using var restarted = Inbox(shared: false);
        var claimed = await restarted.ClaimAsync(new InboxClaim(TestData.Now, TestData.Now + Lease, 10, IgnoreLeases: true), default);
        Assert.Equal(4, claimed.Count);
    }

    [Fact]
    public async Task Inbox_ClaimWhileTheLeaseHolds_TakesNothing_AfterItRunsOut_TakesTheRow()
    {
        await using var first = Inbox(shared: true);
        await using var second = Inbox(shared: true);
        await first.AddAsync(Entry(Key("Ev1")), TestData.Now + Lease, default);

        // The first instance holds it: the second leaves it alone.
        Assert.Empty(await second.ClaimAsync(new InboxClaim(TestData.Now.AddSeconds(29), TestData.Now.AddSeconds(59), 10, IgnoreLeases: false), default));

        // The first instance died: its lease runs out and the second takes the row, leased to itself.
        var taken = await second.ClaimAsync(new InboxClaim(TestData.Now.AddSeconds(31), TestData.Now.AddSeconds(61), 10, IgnoreLeases: false), default);
        Assert.Equal(Key("Ev1"), Assert.Single(taken).Key);
        Assert.Empty(await first.ClaimAsync(new InboxClaim(TestData.Now.AddSeconds(40), TestData.Now.AddSeconds(70), 10, IgnoreLeases: false), default));

        // The second renews while it works: still its own after the first lease would have run out.
        await second.RenewAsync(TestData.Now.AddSeconds(90), default);
        Assert.Empty(await first.ClaimAsync(new InboxClaim(TestData.Now.AddSeconds(62), TestData.Now.AddSeconds(92), 10, IgnoreLeases: false), default));
    }

    [Fact]
    public async Task Inbox_Release_LetsTheNextClaimTakeTheRowAtOnce()
    {
        await using var first = Inbox(shared: true);
        await using var second = Inbox(shared: true);
        await first.AddAsync(Entry(Key("Ev1")), TestData.Now + Lease, default);

        await first.ReleaseAsync([Key("Ev1")], default);

        Assert.Single(await second.ClaimAsync(new InboxClaim(TestData.Now.AddSeconds(1), TestData.Now.AddSeconds(31), 10, IgnoreLeases: false), default));
    }

    [Fact]
    public async Task Inbox_StartUpClaim_LeavesTheRowsThisProcessRecordedItself()
    {
        // A request that arrived before the start-up sweep ran is already being answered: taking it again ran its turn twice.
        await using (var dead = Inbox(shared: false))
        {
            await dead.AddAsync(Entry(Key("Ev0")), TestData.Now + Lease, default);
        }

        await using var started = Inbox(shared: false);
        Assert.True(await started.AddAsync(Entry(Key("Ev1")), TestData.Now + Lease, default));

        var claimed = await started.ClaimAsync(new InboxClaim(TestData.Now.AddSeconds(1), TestData.Now.AddSeconds(31), 10, IgnoreLeases: true), default);

        Assert.Equal(Key("Ev0"), Assert.Single(claimed).Key);
    }

    [Fact]
    public async Task Inbox_StartingAlone_TakesRowsItsDeadPredecessorStillHeld()
    {
        await using (var dead = Inbox(shared: false))
        {
            await dead.AddAsync(Entry(Key("Ev1")), TestData.Now + Lease, default);
        }

        await using var restarted = Inbox(shared: false);
        Assert.Empty(await restarted.ClaimAsync(new InboxClaim(TestData.Now.AddSeconds(1), TestData.Now.AddSeconds(31), 10, IgnoreLeases: false), default));
        Assert.Single(await restarted.ClaimAsync(new InboxClaim(TestData.Now.AddSeconds(1), TestData.Now.AddSeconds(31), 10, IgnoreLeases: true), default));
    }

    [Fact]
    public async Task Inbox_TwoClaimersAtOnce_NeverTakeTheSameRow()
    {
        await using (var writer = Inbox(shared: true))
        {
            foreach (var i in Enumerable.Range(0, 60))
            {
                await writer.AddAsync(Entry(Key($"Ev{i:00}")), TestData.Now, default);
            }
        }

        await using var first = Inbox(shared: true);
        await using var second = Inbox(shared: true);
        async Task<List<TurnWorkKey>> ClaimAllAsync(SqlTurnInbox inbox)
        {
            var mine = new List<TurnWorkKey>();
            for (var round = 0; round < 30; round++)
            {
                var claimed = await inbox.ClaimAsync(new InboxClaim(TestData.Now.AddSeconds(1), TestData.Now.AddMinutes(5), 4, IgnoreLeases: false), default);
                mine.AddRange(claimed.Select(e => e.Key));
                await Task.Yield();
            }

            return mine;
        }

        var results = await Task.WhenAll(Task.Run(() => ClaimAllAsync(first)), Task.Run(() => ClaimAllAsync(second)));

        Assert.Empty(results[0].Intersect(results[1]));
        Assert.Equal(60, results[0].Concat(results[1]).Distinct().Count());
        Assert.Equal(60, results[0].Count + results[1].Count);
    }

    [Fact]
    public async Task Inbox_StoredAnswerAndDeliveredSteps_AreWhatTheNextClaimerResumesFrom()
    {
        await using var crashed = Inbox(shared: true);
        await crashed.AddAsync(Entry(Key("Ev1")), TestData.Now + Lease, default);
        await crashed.SaveAnswerAsync(Key("Ev1"), "slack.reply", "{\"blocks\":2}", default);
        await crashed.DeliveredAsync(Key("Ev1"), 1, last: false, default);

        await using var next = Inbox(shared: true);
        var resumed = Assert.Single(await next.ClaimAsync(new InboxClaim(TestData.Now.AddMinutes(1), TestData.Now.AddMinutes(2), 10, IgnoreLeases: false), default));

        Assert.Equal(("slack.reply", "{\"blocks\":2}", 1), (resumed.AnswerType, resumed.Answer, resumed.Delivered));
        Assert.Equal("{\"text\":\"Ev1\"}", resumed.Work);
        Assert.Equal(TestData.Now, resumed.ReceivedAt);
    }

    [Fact]
    public async Task Inbox_Complete_IsNeverClaimedAgain_AndARetryIsStillRecognised()
    {
        await using var inbox = Inbox(shared: false);
        await inbox.AddAsync(Entry(Key("Ev1")), TestData.Now + Lease, default);

        inbox.Complete(Key("Ev1"), TestData.Now.AddSeconds(1));
        await inbox.FlushAsync(default);

        Assert.Empty(await inbox.ClaimAsync(new InboxClaim(TestData.Now.AddHours(1), TestData.Now.AddHours(2), 10, IgnoreLeases: true), default));
        Assert.False(await inbox.AddAsync(Entry(Key("Ev1")), TestData.Now.AddHours(1), default));
    }

    [Fact]
    public async Task Inbox_LastDeliveredMarkAndDoneMarkTogether_TheRowIsDone_ALastMarkAloneIsStillRecorded()
    {
        await using (var crashed = Inbox(shared: true))
        {
            await crashed.AddAsync(Entry(Key("done")), TestData.Now + Lease, default);
            await crashed.AddAsync(Entry(Key("delivered")), TestData.Now + Lease, default);
            await crashed.SaveAnswerAsync(Key("done"), "slack.reply", "{}", default);
            await crashed.SaveAnswerAsync(Key("delivered"), "slack.reply", "{}", default);

            // The last step's mark is not waited for; the done mark follows at once (one batch, usually), or the process dies first.
            await crashed.DeliveredAsync(Key("done"), 1, last: true, default);
            crashed.Complete(Key("done"), TestData.Now.AddSeconds(1));
            await crashed.DeliveredAsync(Key("delivered"), 1, last: true, default);
            await crashed.FlushAsync(default);
        }

        await using var next = Inbox(shared: true);
        var resumed = Assert.Single(await next.ClaimAsync(new InboxClaim(TestData.Now.AddMinutes(1), TestData.Now.AddMinutes(2), 10, IgnoreLeases: true), default));
        Assert.Equal((Key("delivered"), 1), (resumed.Key, resumed.Delivered));
    }

    [Fact]
    public async Task Inbox_Defer_IsClaimedOnlyFromItsNextAttempt_WithItsAttemptsCounted()
    {
        await using var inbox = Inbox(shared: false);
        await inbox.AddAsync(Entry(Key("Ev1")), TestData.Now + Lease, default);

        inbox.Defer(Key("Ev1"), 2, TestData.Now.AddSeconds(10), "database is locked");
        await inbox.ReleaseAsync([Key("Ev1")], default);

        Assert.Empty(await inbox.ClaimAsync(new InboxClaim(TestData.Now.AddSeconds(9), TestData.Now.AddSeconds(39), 10, IgnoreLeases: true), default));
        Assert.Equal(2, Assert.Single(await inbox.ClaimAsync(new InboxClaim(TestData.Now.AddSeconds(10), TestData.Now.AddSeconds(40), 10, IgnoreLeases: true), default)).Attempts);
    }

    [Fact]
    public async Task Inbox_FailedAndDoneRows_AreForgottenAfterRetention_UnfinishedRowsAreKept()
    {
        await using var inbox = Inbox(shared: false);
        await inbox.AddAsync(Entry(Key("done")), TestData.Now + Lease, default);
        await inbox.AddAsync(Entry(Key("failed")), TestData.Now + Lease, default);
        await inbox.AddAsync(Entry(Key("waiting")), TestData.Now + Lease, default);
        inbox.Complete(Key("done"), TestData.Now);
        inbox.Fail(Key("failed"), 5, "gave up", TestData.Now);
        await inbox.FlushAsync(default);

        Assert.Equal(2, await inbox.ForgetFinishedBeforeAsync(TestData.Now.AddDays(1), default));

        Assert.Equal(Key("waiting"), Assert.Single(await inbox.ClaimAsync(new InboxClaim(TestData.Now.AddDays(1), TestData.Now.AddDays(2), 10, IgnoreLeases: true), default)).Key);
        Assert.True(await inbox.AddAsync(Entry(Key("done")), TestData.Now.AddDays(1), default)); // forgotten, so new again
    }

    private SqlTurnInbox Inbox(bool shared) => new(_db, shared, new FakeTimeProvider(TestData.Now), NullLogger<SqlTurnInbox>.Instance);

    private static TurnWorkKey Key(string eventId) => new("slack", A.Value, "C0SALES", "event:" + eventId);

    private static InboxEntry Entry(TurnWorkKey key) => new(key, "slack.event", $"{{\"text\":\"{key.ItemId["event:".Length..]}\"}}", TestData.Now);
}
