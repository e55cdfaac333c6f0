using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using AlignmentBot.Host.Tests.ScaleOut;
using AlignmentBot.Testing;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace AlignmentBot.Host.Tests.Delivery;

/// <summary>
/// The delivery promise for Slack messages (docs/delivery.md), against real host processes on one SQLite file and the
/// Slack stand-in: an event Slack got a 200 for is answered exactly once, whether the host is killed (-9), stopped
/// (SIGTERM) or Slack fails the reply. "Exactly once" is read from what reached the stand-in: every reply carries its
/// turn's inbox key and step in its message metadata, and each (key, step) must be there once.
/// </summary>
public sealed class InboxCrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TempSqliteDatabase _database = new();
    private readonly List<HostProcess> _hosts = [];
    private SlackStandIn _slack = null!;

    private HttpClient Http => _slack.Http;

    public async Task InitializeAsync() => _slack = await SlackStandIn.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        await _slack.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _database.Dispose();
    }

    [Fact]
    public async Task KillNine_MidBurstOf200Events_RestartOnTheSameFileAnswersEachExactlyOnce()
    {
        const int events = 200;
        var first = await StartAsync("k1");

        // After its 50th reply, the first host's posts reach Slack but are never answered, as if the process died right
        // after sending them: those replies are in the channel, and their steps are not recorded as delivered.
        var victim = _slack.HoldPostsOfTheFirstInstanceToPost(after: 50, IsBurst("D0KILL"));
        await SendBurstAsync(first, "D0KILL", events);
        Assert.Equal(first.Name, await victim.WaitAsync(TimeSpan.FromSeconds(120)));
        await first.KillAsync();

        var answeredBefore = Replies("D0KILL").Count(p => !p.Held);
        var held = Replies("D0KILL").Count(p => p.Held);
        var unfinished = await UnfinishedAsync();
        output.WriteLine($"killed -9 with {answeredBefore} replies answered, {held} posted but unconfirmed, {unfinished} inbox row(s) unfinished");
        Assert.True(unfinished > 0, "nothing was left for the restart: the kill came too late to test anything");

        var restarted = await StartAsync("k2");
        var clock = Stopwatch.StartNew();
        await WaitAllDoneAsync(restarted, "D0KILL", events);
        output.WriteLine($"restart finished the inbox in {clock.Elapsed.TotalSeconds:0.0} s; {restarted.CountLog("not posting it again")} reply(ies) found in the history instead of posted again");

        AssertEachAnsweredOnce("D0KILL", events);

        // The posts that reached Slack unconfirmed were found by their metadata, not posted a second time.
        Assert.True(restarted.CountLog("not posting it again") >= held, $"{held} held posts, found {restarted.CountLog("not posting it again")}\n{restarted.Tail(40)}");
    }

    [Fact]
    public async Task SigTerm_MidBurst_EveryEventAnsweredOnceByThisInstanceOrTheNext()
    {
        const int events = 60;
        var first = await StartAsync("t1", ("Inbox__DrainTimeout", "00:00:02"));
        var victim = _slack.HoldPostsOfTheFirstInstanceToPost(after: 10, IsBurst("D0TERM"));
        await SendBurstAsync(first, "D0TERM", events);
        Assert.Equal(first.Name, await victim.WaitAsync(TimeSpan.FromSeconds(120)));

        // A deploy's stop: new work is refused, running turns get the drain budget, the rest stays in the inbox.
        var exit = await first.TerminateAsync();

        // It stopped by itself (0, or 143 = 128 + SIGTERM as the runtime reports a signalled stop), after letting go of
        // what it had not finished.
        Assert.True(exit is 0 or 143, $"exit code {exit}\n{first.Tail(40)}");
        Assert.True(first.CountLog("unfinished item(s) in the inbox") > 0, "the stopping host left nothing in the inbox\n" + first.Tail(40));
        var unfinished = await UnfinishedAsync();
        output.WriteLine($"SIGTERM: exit code {exit}, {Replies("D0TERM").Count(p => !p.Held)} replies answered, {Replies("D0TERM").Count(p => p.Held)} unconfirmed, {unfinished} inbox row(s) left");
        Assert.True(unfinished > 0);

        var next = await StartAsync("t2");
        await WaitAllDoneAsync(next, "D0TERM", events);

        AssertEachAnsweredOnce("D0TERM", events);
    }

    [Fact]
    public async Task SlackFailsTheReply_500Then503ThenAReset_TheReplyIsRetriedAndPostedOnce()
    {
        var host = await StartAsync("f1");
        _slack.FailPosts(host.Name, 500, 503, 0);

        await SendBurstAsync(host, "D0FAIL", 1);
        await WaitAllDoneAsync(host, "D0FAIL", 1);

        var posts = _slack.Posts(p => p.Arg("channel") == "D0FAIL0000").ToArray();
        Assert.Equal([true, true, true, false], posts.Select(p => p.Failed));
        AssertEachAnsweredOnce("D0FAIL", 1);

        // Before each repeat the channel was looked at, since a failed post may still have landed.
        Assert.Equal(3, _slack.Calls.Count(c => c.Method == "conversations.history" && c.Arg("channel") == "D0FAIL0000" && c.Arg("include_all_metadata") == "true"));
    }

    [Fact]
    public async Task WriteLockHeldLongerThanTheBusyTimeout_InboxJournal_TheEventIsAcknowledgedHealthSaysSoAndTheTurnIsAnsweredOnceAfterIt()
    {
        var host = await StartAsync("l1", ("Storage__BusyTimeout", "00:00:01"));
        await using var holder = await HoldWriteLockAsync();

        // The inbox journal does not need the database: the event is written down and acknowledged; its turn meets the
        // lock, is deferred, and is answered once the lock is let go.
        using (var accepted = await _slack.PostEventAsync(host.BaseUrl, Event("D0LOCK", 0)))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, accepted.StatusCode);
        }

        var unhealthy = await BecomesUnhealthyAsync(host);
        Assert.True(unhealthy, "/healthz stayed healthy while the database could not be written\n" + host.Tail(40));
        // Whether the echo of this turn needs a write before the lock goes is not the point; it is answered once either way.
        await ReleaseAsync(holder);

        await host.WaitHealthyAsync(Http, TimeSpan.FromSeconds(30));
        await WaitAllDoneAsync(host, "D0LOCK", 1);
        AssertEachAnsweredOnce("D0LOCK", 1);
    }

    [Fact]
    public async Task WriteLockHeldLongerThanTheBusyTimeout_InboxTable_NothingIsAcknowledgedHealthSaysSoAndTheRetryIsAnsweredOnce()
    {
        var host = await StartAsync("l2", ("Storage__BusyTimeout", "00:00:01"), ("Inbox__Journal", "false"));
        await using var holder = await HoldWriteLockAsync();

        // With the inbox in the table, the event cannot be written down, so it is not acknowledged: Slack is asked to send it again.
        using (var refused = await _slack.PostEventAsync(host.BaseUrl, Event("D0LOCT", 0)))
        {
            Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        }

        // Health says what every turn would meet, instead of Healthy.
        var unhealthy = await BecomesUnhealthyAsync(host);
        Assert.True(unhealthy, "/healthz stayed healthy while the database could not be written\n" + host.Tail(40));
        await ReleaseAsync(holder);

        await host.WaitHealthyAsync(Http, TimeSpan.FromSeconds(30));
        using (var retried = await _slack.PostEventAsync(host.BaseUrl, Event("D0LOCT", 0), retryNum: 1))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, retried.StatusCode);
        }

        await WaitAllDoneAsync(host, "D0LOCT", 1);
        AssertEachAnsweredOnce("D0LOCT", 1);
    }

    /// <summary>A backup or a `db` command holds the write lock: no write can get through until it lets go.</summary>
    private async Task<SqliteConnection> HoldWriteLockAsync()
    {
        var holder = new SqliteConnection(_database.ConnectionString + ";Pooling=False");
        await holder.OpenAsync();
        await using var begin = holder.CreateCommand();
        begin.CommandText = "BEGIN EXCLUSIVE";
        await begin.ExecuteNonQueryAsync();
        return holder;
    }

    private static async Task ReleaseAsync(SqliteConnection holder)
    {
        await using var end = holder.CreateCommand();
        end.CommandText = "ROLLBACK";
        await end.ExecuteNonQueryAsync();
    }

    [TmpfsFact]
    public async Task DiskFull_NothingIsAcknowledgedHealthSaysSo_ThenRecoversAndAnswersEachOnce()
    {
        // A real full disk: the database lives on a 16 MB tmpfs, filled up to the last block once the host runs.
        using var mount = Tmpfs.Mount(_database.Directory, "16m");
        var host = await StartAsync("f1", ("Storage__BusyTimeout", "00:00:01"));
        await SendBurstAsync(host, "D0FULL", 1);
        await WaitAllDoneAsync(host, "D0FULL", 1);

        // The write-ahead log keeps the blocks it already has; emptied, every write needs new ones.
        await using (var side = new SqliteConnection(_database.ConnectionString + ";Pooling=False"))
        {
            await side.OpenAsync();
            await using var checkpoint = side.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync();
        }

        var filler = Path.Combine(_database.Directory, "filler");
        Tmpfs.FillUp(filler);

        // Events go on arriving; once one cannot be written down it is refused (503) for Slack to send again.
        var sent = 1;
        var refused = new List<int>();
        for (var i = 1; i < 60 && refused.Count == 0; i++, sent++)
        {
            using var response = await _slack.PostEventAsync(host.BaseUrl, Event("D0FULL", i));
            if (response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable)
            {
                refused.Add(i);
            }
            else
            {
                Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            }
        }

        Assert.True(refused.Count > 0, $"{sent} events acknowledged on a full disk\n" + host.Tail(40));
        var unhealthy = await BecomesUnhealthyAsync(host);
        Assert.True(unhealthy, "/healthz stayed healthy on a full disk\n" + host.Tail(40));

        // Room again: health recovers by itself, Slack's retry is taken, and every event is answered once.
        File.Delete(filler);
        await host.WaitHealthyAsync(Http, TimeSpan.FromSeconds(60));
        foreach (var i in refused)
        {
            using var retried = await _slack.PostEventAsync(host.BaseUrl, Event("D0FULL", i), retryNum: 1);
            Assert.Equal(System.Net.HttpStatusCode.OK, retried.StatusCode);
        }

        await WaitAllDoneAsync(host, "D0FULL", sent);
        AssertEachAnsweredOnce("D0FULL", sent);
        await host.DisposeAsync();
        _hosts.Remove(host);
    }

    /// <summary>True once /healthz answers 503, within 30 s.</summary>
    private Task<bool> BecomesUnhealthyAsync(HostProcess host) => ScaleOut.Eventually.HoldsAsync(
        async () =>
        {
            using var health = await Http.GetAsync(new Uri(host.BaseUrl, "healthz"));
            return health.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable;
        },
        TimeSpan.FromSeconds(30));

    private static Func<SlackCall, bool> IsBurst(string prefix) => call => call.Arg("channel")?.StartsWith(prefix, StringComparison.Ordinal) == true;

    private IEnumerable<SlackCall> Replies(string prefix) => _slack.Posts(p => IsBurst(prefix)(p) && !p.Failed);

    private async Task<HostProcess> StartAsync(string name, params (string Key, string Value)[] settings)
    {
        var environment = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Sqlite",
            ["ConnectionStrings__AlignmentBot"] = _database.ConnectionString,
            ["Slack__BotToken"] = SlackStandIn.BotToken,
            ["Slack__SigningSecret"] = SlackStandIn.SigningSecret,
            ["Slack__ApiBaseUrl"] = _slack.ApiUrlFor(name),
            ["Slack__SocketMode"] = "false",

            // Replies to a burst in 200 channels are not held up by the workspace-wide posting pace.
            ["Slack__PaceRequests"] = "false",
            ["Slack__Retry__BaseDelay"] = "00:00:00.050",

            // A held post stays in flight until the host is killed or stopped.
            ["Slack__Retry__AttemptTimeout"] = "00:05:00",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__AlignmentBot"] = "Information",
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        var host = HostProcess.Start(name, environment);
        _hosts.Add(host);
        await host.WaitHealthyAsync(Http, TimeSpan.FromMinutes(3));
        return host;
    }

    /// <summary>One direct message per person, each in its own channel; every one must be acknowledged with a 200.</summary>
    private async Task SendBurstAsync(HostProcess host, string prefix, int count)
    {
        using var gate = new SemaphoreSlim(16);
        var sent = await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                using var response = await _slack.PostEventAsync(host.BaseUrl, Event(prefix, i));
                return response.IsSuccessStatusCode;
            }
            finally
            {
                gate.Release();
            }
        }));
        Assert.All(sent, Assert.True);
    }

    private static JsonObject Event(string prefix, int i)
    {
        var n = i.ToString("D4", CultureInfo.InvariantCulture);
        var ts = $"{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}.{n}00";
        return new JsonObject
        {
            ["token"] = "deprecated",
            ["team_id"] = SlackStandIn.TeamId,
            ["api_app_id"] = "A0SCALE01",
            ["type"] = "event_callback",
            ["event_id"] = $"Ev{prefix}{n}",
            ["event_time"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["event"] = new JsonObject
            {
                ["type"] = "message",
                ["channel_type"] = "im",
                ["channel"] = prefix + n,
                ["user"] = "U" + prefix[1..] + n,
                ["text"] = "is marketing working?",
                ["ts"] = ts,
                ["event_ts"] = ts,
            },
        };
    }

    /// <summary>Every channel has its answer and the inbox has nothing left to do: only then are the counts final.</summary>
    private async Task WaitAllDoneAsync(HostProcess host, string prefix, int count)
    {
        var done = await ScaleOut.Eventually.HoldsAsync(
            async () => Replies(prefix).Select(p => p.Arg("channel")).Distinct().Count() == count && await UnfinishedAsync() == 0,
            TimeSpan.FromSeconds(180),
            TimeSpan.FromMilliseconds(250));
        Assert.True(done, $"{Replies(prefix).Select(p => p.Arg("channel")).Distinct().Count()} of {count} channels answered, {await UnfinishedAsync()} inbox row(s) unfinished\n{host.Tail(60)}");
    }

    private void AssertEachAnsweredOnce(string prefix, int count)
    {
        // A turn that meets storage down for a while says so once (TurnApology.StorageDown), outside its answer's steps.
        var all = Replies(prefix).ToArray();
        var notices = all.Where(r => r.Arg("text") == AlignmentBot.Conversations.Turns.TurnApology.StorageDown).ToArray();
        Assert.All(notices.GroupBy(r => r.Arg("channel")), g => Assert.True(g.Count() == 1, $"{g.Count()} storage notices in {g.Key}"));
        var replies = all.Except(notices).ToArray();
        Assert.All(replies, r => Assert.True(r.Reply is not null, $"a reply in {r.Arg("channel")} carries no metadata"));
        var doubled = replies.GroupBy(r => r.Reply!.Value).Where(g => g.Count() > 1).Select(g => $"{g.Key.Key} step {g.Key.Step}: {g.Count()} posts").ToArray();
        Assert.True(doubled.Length == 0, "posted twice:\n" + string.Join('\n', doubled));
        Assert.Equal(count, replies.Select(r => r.Arg("channel")).Distinct().Count());

        // One answer per event, all in the event's own channel.
        Assert.All(replies, r => Assert.EndsWith("/" + r.Arg("channel") + "/event:Ev" + r.Arg("channel"), r.Reply!.Value.Key, StringComparison.Ordinal));
    }

    /// <summary>Unfinished inbox items: the journal beside the database file (the default), or the table when it is off.</summary>
    private async Task<long> UnfinishedAsync()
    {
        var journal = _database.Path + AlignmentBot.Storage.Inbox.JournalTurnInbox.Suffix;
        long inJournal = File.Exists(journal) ? AlignmentBot.Storage.Inbox.JournalTurnInbox.CountUnfinished(journal, TimeSpan.FromDays(1)) : 0;
        await using var connection = new SqliteConnection(_database.ConnectionString + ";Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM turn_inbox WHERE state IN ('pending', 'running')";
        return inJournal + (long)(await command.ExecuteScalarAsync())!;
    }
}
