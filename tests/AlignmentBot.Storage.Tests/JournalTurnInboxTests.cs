using AlignmentBot.Conversations.Turns;
using AlignmentBot.Storage.Faults;
using AlignmentBot.Storage.Inbox;
using AlignmentBot.Storage.Sql;
using AlignmentBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace AlignmentBot.Storage.Tests;

/// <summary>
/// The inbox journal of one process on a SQLite file: what is acknowledged survives a restart with its progress, a
/// retry of what finished is still known, a torn last record is cut off, the journal is rewritten without losing
/// anything, rows an older build left in the table are moved in, and a second process is refused.
/// </summary>
public sealed class JournalTurnInboxTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = TestData.Now;
    private readonly FakeTimeProvider _time = new(Now);
    private TempSqliteDatabase _database = null!;
    private SqlTurnInbox _table = null!;

    private string JournalPath => ((SqliteConnectionFactory)_database.Connections).FilePath + JournalTurnInbox.Suffix;

    public async Task InitializeAsync()
    {
        _database = await new TempSqliteDatabase().MigratedAsync();
        _table = new SqlTurnInbox(_database.Connections, shared: false, _time, NullLogger<SqlTurnInbox>.Instance);
    }

    public async Task DisposeAsync()
    {
        await _table.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task Restart_ResumesWhatIsUnfinishedWithItsProgress_AndStillKnowsWhatFinished()
    {
        await using (var inbox = Open())
        {
            Assert.True(await inbox.AddAsync(Entry("Ev1"), Now.AddSeconds(30), default));
            Assert.True(await inbox.AddAsync(Entry("Ev2"), Now.AddSeconds(30), default));
            Assert.True(await inbox.AddAsync(Entry("Ev3"), Now.AddSeconds(30), default));
            Assert.False(await inbox.AddAsync(Entry("Ev1"), Now.AddSeconds(30), default));

            await inbox.SaveAnswerAsync(Key("Ev1"), "slack.reply", "{\"text\":\"hi\"}", default);
            await inbox.DeliveredAsync(Key("Ev1"), 1, last: false, default);
            inbox.Defer(Key("Ev2"), 2, Now.AddMinutes(3), "storage locked");
            inbox.Complete(Key("Ev3"), Now);
            await inbox.FlushAsync(default);
        }

        // A new process: Ev3 is done and its retry is still a retry; Ev1 resumes with its answer and step; Ev2 waits for its time.
        await using var again = Open();
        Assert.False(await again.AddAsync(Entry("Ev3"), Now.AddSeconds(30), default));
        var claimed = await again.ClaimAsync(new InboxClaim(Now, Now.AddMinutes(10), 10, IgnoreLeases: true), default);
        var first = Assert.Single(claimed);
        Assert.Equal(Key("Ev1"), first.Key);
        Assert.Equal("slack.reply", first.AnswerType);
        Assert.Equal("{\"text\":\"hi\"}", first.Answer);
        Assert.Equal(1, first.Delivered);
        Assert.Equal("{\"e\":\"Ev1\"}", first.Work);

        var later = Now.AddMinutes(4);
        var deferred = Assert.Single(await again.ClaimAsync(new InboxClaim(later, later.AddSeconds(30), 10, IgnoreLeases: false), default));
        Assert.Equal(Key("Ev2"), deferred.Key);
        Assert.Equal(2, deferred.Attempts);
    }

    [Fact]
    public async Task Claim_SkipsWhatThisProcessHoldsUntilItsLeaseRunsOut_AndTakesItAtOnceAfterRelease()
    {
        await using var inbox = Open();
        Assert.True(await inbox.AddAsync(Entry("Ev1"), Now.AddSeconds(30), default));

        // Its turn is under way (the acknowledgement leased it): a sweep leaves it alone.
        Assert.Empty(await inbox.ClaimAsync(new InboxClaim(Now, Now.AddSeconds(30), 10, IgnoreLeases: true), default));

        // The lease ran out without a renewal: the worker died with it, so the sweep takes it.
        var later = Now.AddMinutes(1);
        Assert.Single(await inbox.ClaimAsync(new InboxClaim(later, later.AddSeconds(30), 10, IgnoreLeases: false), default));

        await inbox.RenewAsync(later.AddMinutes(5), default);
        Assert.Empty(await inbox.ClaimAsync(new InboxClaim(later.AddMinutes(2), later.AddMinutes(3), 10, IgnoreLeases: false), default));
        await inbox.ReleaseAsync([Key("Ev1")], default);
        Assert.Single(await inbox.ClaimAsync(new InboxClaim(later.AddMinutes(2), later.AddMinutes(3), 10, IgnoreLeases: false), default));
    }

    [Fact]
    public async Task TornLastRecord_IsCutOff_EverythingBeforeItKept_AndWritingGoesOnAfterIt()
    {
        await using (var inbox = Open())
        {
            Assert.True(await inbox.AddAsync(Entry("Ev1"), Now.AddSeconds(30), default));
            Assert.True(await inbox.AddAsync(Entry("Ev2"), Now.AddSeconds(30), default));
        }

        // Power lost in the middle of the next write: half a record at the end.
        var whole = new FileInfo(JournalPath).Length;
        await using (var file = new FileStream(JournalPath, FileMode.Append))
        {
            await file.WriteAsync(new byte[] { 40, 0, 0, 0, 1, 2, 3, 4, 1, 9, 9 });
        }

        await using (var inbox = Open())
        {
            Assert.Equal(2, inbox.UnfinishedCount);
            Assert.True(await inbox.AddAsync(Entry("Ev3"), Now.AddSeconds(30), default));
        }

        // A record whose checksum does not match is not trusted either, and nothing after it is.
        await using (var inbox = Open())
        {
            Assert.Equal(3, inbox.UnfinishedCount);
        }

        var bytes = await File.ReadAllBytesAsync(JournalPath);
        bytes[^3] ^= 0xFF;
        await File.WriteAllBytesAsync(JournalPath, bytes);
        await using (var inbox = Open())
        {
            Assert.Equal(2, inbox.UnfinishedCount);
        }

        Assert.True(new FileInfo(JournalPath).Length >= whole / 2);
    }

    [Fact]
    public async Task Rewrite_KeepsOnlyWhatIsUnfinishedAndTheFinishedKeys_AndLosesNothing()
    {
        const int events = 400;
        await using (var inbox = Open(compactBytes: 16 * 1024))
        {
            for (var i = 0; i < events; i++)
            {
                Assert.True(await inbox.AddAsync(Entry($"Ev{i}", work: new string('x', 300)), Now.AddSeconds(30), default));
                await inbox.SaveAnswerAsync(Key($"Ev{i}"), "slack.reply", new string('y', 300), default);
                if (i % 10 != 0)
                {
                    inbox.Complete(Key($"Ev{i}"), Now);
                }
            }

            await inbox.FlushAsync(default);

            // 400 events of ~700 bytes each went through a journal rewritten at 16 KB (then at twice its size each time).
            Assert.True(new FileInfo(JournalPath).Length < events * 700 / 2, $"{new FileInfo(JournalPath).Length} bytes");
        }

        await using var again = Open();
        Assert.Equal(events / 10, again.UnfinishedCount);
        for (var i = 0; i < events; i++)
        {
            Assert.False(await again.AddAsync(Entry($"Ev{i}"), Now.AddSeconds(30), default));
        }

        var claimed = await again.ClaimAsync(new InboxClaim(Now, Now.AddSeconds(30), 1000, IgnoreLeases: true), default);
        Assert.Equal(events / 10, claimed.Count);
        Assert.All(claimed, c => Assert.Equal(new string('y', 300), c.Answer));

        // Finished keys hold no text: what people wrote and what the bot answered are gone with the turn.
        var journal = await File.ReadAllTextAsync(JournalPath);
        Assert.DoesNotContain("event:Ev399", journal, StringComparison.Ordinal);
        Assert.DoesNotContain("event:Ev251", journal, StringComparison.Ordinal);
        Assert.Equal(events / 10, journal.Split(new string('y', 300)).Length - 1);
    }

    [Fact]
    public async Task FinishedKeys_AreForgottenAfterTheRetention_InMemoryAndAtTheNextStart()
    {
        await using (var inbox = Open())
        {
            Assert.True(await inbox.AddAsync(Entry("Ev1"), Now.AddSeconds(30), default));
            inbox.Complete(Key("Ev1"), Now);
            await inbox.FlushAsync(default);
            Assert.Equal(1, await inbox.ForgetFinishedBeforeAsync(Now.AddDays(2), default));
            Assert.True(await inbox.AddAsync(Entry("Ev1"), Now.AddSeconds(30), default));
            inbox.Complete(Key("Ev1"), Now);
            await inbox.FlushAsync(default);
        }

        _time.Advance(TimeSpan.FromDays(2));
        await using var later = Open();
        Assert.True(await later.AddAsync(Entry("Ev1"), Now.AddSeconds(30), default));
    }

    [Fact]
    public async Task UnfinishedRowsInTheTable_AreMovedIntoTheJournalAtTheFirstSweep_Once()
    {
        // Left by a process of a build that kept the inbox in the table (or with Inbox:Journal off).
        await using (var before = new SqlTurnInbox(_database.Connections, shared: false, _time, NullLogger<SqlTurnInbox>.Instance))
        {
            Assert.True(await before.AddAsync(Entry("Ev1"), Now.AddSeconds(30), default));
            await before.SaveAnswerAsync(Key("Ev1"), "slack.reply", "{}", default);
            await before.DeliveredAsync(Key("Ev1"), 2, last: false, default);
            Assert.True(await before.AddAsync(Entry("Ev2"), Now.AddSeconds(30), default));
            before.Complete(Key("Ev2"), Now);
            await before.FlushAsync(default);
        }

        await using (var inbox = Open())
        {
            var moved = Assert.Single(await inbox.ClaimAsync(new InboxClaim(Now, Now.AddSeconds(30), 10, IgnoreLeases: true), default));
            Assert.Equal(Key("Ev1"), moved.Key);
            Assert.Equal(2, moved.Delivered);
            Assert.Equal("slack.reply", moved.AnswerType);
        }

        Assert.Empty(await _table.ClaimAsync(new InboxClaim(Now.AddHours(1), Now.AddHours(2), 10, IgnoreLeases: true), default));
        await using var again = Open();
        Assert.Single(await again.ClaimAsync(new InboxClaim(Now, Now.AddSeconds(30), 10, IgnoreLeases: true), default));
    }

    [Fact]
    public async Task FlushFails_NewItemRefusedAndReported_TheRetryFindsItRecorded_AndTheSweepTakesIt()
    {
        var failing = 1;
        await using var inbox = Open(flush: _ =>
        {
            if (Interlocked.Exchange(ref failing, 0) == 1)
            {
                throw new IOException("No space left on device");
            }
        });

        var refused = await Assert.ThrowsAsync<IOException>(() => inbox.AddAsync(Entry("Ev1"), Now.AddSeconds(30), default));
        Assert.Contains("No space left", refused.Message);
        Assert.Same(refused, inbox.WriteFailure);

        Assert.False(await inbox.AddAsync(Entry("Ev1"), Now.AddSeconds(30), default));
        Assert.True(await inbox.AddAsync(Entry("Ev2"), Now.AddSeconds(30), default));
        Assert.Null(inbox.WriteFailure);
        var later = Now.AddMinutes(1);
        Assert.Contains(Key("Ev1"), (await inbox.ClaimAsync(new InboxClaim(later, later.AddSeconds(30), 10, IgnoreLeases: false), default)).Select(e => e.Key));
    }

    [Fact]
    public async Task ASecondProcessOnTheSameDatabase_IsRefusedWithAClearMessage()
    {
        await using var inbox = Open();
        var refused = Assert.Throws<IOException>(() => Open(lockWait: TimeSpan.FromMilliseconds(300)));
        Assert.Contains("in use by another process", refused.Message);
        Assert.Contains("PostgreSQL", refused.Message);
    }

    [Fact]
    public async Task ConcurrentDeliveriesOfOneKey_OnlyOneIsNew()
    {
        await using var inbox = Open();
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => inbox.AddAsync(Entry("Ev1"), Now.AddSeconds(30), default))));
        Assert.Equal(1, results.Count(r => r));
    }

    [Fact]
    public async Task TurningTheJournalOff_WithItemsUnanswered_StopsStartUp_AndOnceTheyAreAnswered_Starts()
    {
        // No journal at all (a new install with the journal off): nothing to refuse.
        JournalTurnInbox.RefuseIfUnfinished(JournalPath, TimeSpan.FromDays(1));

        await using (var inbox = Open())
        {
            Assert.True(await inbox.AddAsync(Entry("Ev1"), Now.AddSeconds(30), default));
            Assert.True(await inbox.AddAsync(Entry("Ev2"), Now.AddSeconds(30), default));
            inbox.Complete(Key("Ev2"), Now);
            await inbox.FlushAsync(default);
        }

        var refused = Assert.Throws<StorageStartupException>(() => JournalTurnInbox.RefuseIfUnfinished(JournalPath, TimeSpan.FromDays(1)));
        Assert.Contains("holds 1 acknowledged", refused.Message);
        Assert.Contains("Inbox:Journal=true", refused.Message);

        // A start with the journal on answers it; then the journal may be turned off.
        await using (var inbox = Open())
        {
            inbox.Complete(Key("Ev1"), Now);
            await inbox.FlushAsync(default);
        }

        JournalTurnInbox.RefuseIfUnfinished(JournalPath, TimeSpan.FromDays(1));
    }

    [Fact]
    public void FinishedKeys_FindsEveryKeyAcrossFoldsAndHours_NoOthers_AndForgetsWholeHours()
    {
        var keys = new FinishedKeys();
        var random = new Random(7);
        var first = Enumerable.Range(0, 40_000).Select(_ => (ulong)random.NextInt64()).ToArray();
        var second = Enumerable.Range(0, 30_000).Select(_ => (ulong)random.NextInt64()).ToArray();
        var hour = Now.UtcTicks - (Now.UtcTicks % TimeSpan.TicksPerHour);
        foreach (var key in first)
        {
            keys.Add(key, hour + 1);
        }

        foreach (var key in second)
        {
            keys.Add(key, hour + TimeSpan.TicksPerHour + 1);
        }

        Assert.All(first.Concat(second), key => Assert.True(keys.Contains(key)));
        Assert.DoesNotContain(Enumerable.Range(0, 10_000).Select(_ => (ulong)random.NextInt64()), keys.Contains);
        Assert.Equal(70_000, keys.Count);

        Assert.Equal(40_000, keys.ForgetBefore(hour + 2 * TimeSpan.TicksPerHour));
        Assert.False(keys.Contains(first[0]));
        Assert.True(keys.Contains(second[^1]));
    }

    private JournalTurnInbox Open(Action<FileStream>? flush = null, long compactBytes = JournalTurnInbox.CompactBytes, TimeSpan? lockWait = null)
        => new(JournalPath, _table, TimeSpan.FromDays(1), _time, NullLogger<JournalTurnInbox>.Instance, flush, compactBytes, lockWait ?? TimeSpan.FromSeconds(5));

    private static TurnWorkKey Key(string eventId) => new("slack", "T1", "C1", "event:" + eventId);

    private static InboxEntry Entry(string eventId, string? work = null)
        => new(Key(eventId), "slack.event", work ?? $"{{\"e\":\"{eventId}\"}}", Now);
}
