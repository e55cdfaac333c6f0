using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace AlignmentBot.Host.Tests.ScaleOut;

/// <summary>
/// Several instances on PostgreSQL (docs/scale-out.md): several real host processes behind no load balancer but the test itself, which sends each
/// request to the instance it chooses. Nothing is lost or doubled: digests, dialog turns, Slack retries.
/// </summary>
[Collection(ScaleOutCollection.Name)]
[TestCaseOrderer(StepOrderer.TypeName, StepOrderer.AssemblyName)]
public sealed partial class ScaleOutTests(ScaleOutCluster cluster, ITestOutputHelper output)
{
    [Fact]
    [Step(1)]
    public async Task Start_ThreeInstancesAtOnce_MigrateOnceAndAllReportPostgresReady()
    {
        var latest = Storage.Migrations.MigrationCatalog.For("Postgres").Count;
        Assert.Equal(latest, await cluster.ScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations"));
        foreach (var host in cluster.Hosts)
        {
            using var health = JsonDocument.Parse(await cluster.Http.GetStringAsync(new Uri(host.BaseUrl, "healthz")));
            var storage = health.RootElement.GetProperty("checks").GetProperty("storage").GetProperty("data");
            Assert.Equal(("Postgres", latest), (storage.GetProperty("provider").GetString(), storage.GetProperty("schemaVersion").GetInt32()));
        }

        // Every instance joined the one Quartz cluster.
        Assert.Equal(3, await cluster.ScalarAsync<long>("SELECT COUNT(*) FROM qrtz_scheduler_state"));
    }

    [Fact]
    [Step(2)]
    public async Task GoalDialog_EachTurnOnTheNextInstance_CompletesWithOneSavedGoal()
    {
        var hosts = cluster.Hosts;
        var person = "scale-dana";
        var chat = new WebChatClient(cluster.Http, "scaleout-goal-1", person, "Dana");
        var turn = 0;
        Uri Next() => hosts[turn++ % hosts.Count].BaseUrl;
        var transcript = new List<string>();

        var reply = await chat.SayAsync(Next(), "we need 250 leads a week");
        var saved = false;
        for (var step = 0; step < 12 && !saved; step++)
        {
            Assert.True(reply.Ok, $"turn {turn} failed with {reply.Status}: {reply.Body}");
            transcript.Add($"[{hosts[(turn - 1) % hosts.Count].Name}] bot: {reply.Text.Replace('\n', ' ')} | buttons: {string.Join(", ", reply.Buttons.Select(b => b.Title))}");
            if (reply.Button("Confirm") is { } confirm)
            {
                reply = await chat.PressAsync(Next(), confirm);
                saved = true;
            }
            else if (reply.Button("Marketing lead") is { } role)
            {
                reply = await chat.PressAsync(Next(), role);
            }
            else if ((reply.Button("End of next quarter") ?? reply.Buttons.FirstOrDefault(b => Verb(b) == "prompt.answer")) is { } choice)
            {
                reply = await chat.PressAsync(Next(), choice);
            }
            else
            {
                // A number is asked (the baseline: there is no data yet).
                reply = await chat.SayAsync(Next(), "180");
            }
        }

        transcript.Add($"bot: {reply.Text.Replace('\n', ' ')}");
        output.WriteLine(string.Join('\n', transcript));
        Assert.True(saved, "the dialog never offered Confirm:\n" + string.Join('\n', transcript));
        Assert.Contains("saved", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.True(turn >= 5, $"only {turn} turns: the turns did not really alternate");

        Assert.Equal(1, await cluster.ScalarAsync<long>("SELECT COUNT(*) FROM goals WHERE workspace_id = 'local' AND created_by = @p AND metric = 'Leads' AND target = 250 AND per_period = 'Week'", ("p", person)));
        Assert.Equal(turn, await cluster.ScalarAsync<long>("SELECT version FROM conversation_state WHERE workspace_id = 'local' AND state_key = 'webchat/local/scaleout-goal-1'"));

        // Each instance checked its cached state against the database, so no turn ever started from an old one.
        Assert.Equal(0, cluster.AllHosts.Sum(h => h.CountLog("webchat/local/scaleout-goal-1 changed during the turn")));
    }

    [Fact]
    [Step(3)]
    public async Task SlackRetry_DeliveredToAnotherInstance_GetsNoSecondReply()
    {
        var hosts = cluster.Hosts;
        var envelope = new JsonObject
        {
            ["token"] = "deprecated",
            ["team_id"] = SlackStandIn.TeamId,
            ["api_app_id"] = "A0SCALE01",
            ["type"] = "event_callback",
            ["event_id"] = "Ev0RETRY" + Guid.NewGuid().ToString("N")[..8],
            ["event_time"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["event"] = new JsonObject
            {
                ["type"] = "message",
                ["channel_type"] = "im",
                ["channel"] = "D0RETRY01",
                ["user"] = "U0RETRY01",
                ["text"] = "is marketing working?",
                ["ts"] = "1700000300.000100",
                ["event_ts"] = "1700000300.000100",
            },
        };

        // The first delivery and Slack's retry (X-Slack-Retry-Num: 1) reach different instances at the same time.
        var responses = await Task.WhenAll(
            cluster.Slack.PostEventAsync(hosts[0].BaseUrl, envelope),
            cluster.Slack.PostEventAsync(hosts[1].BaseUrl, envelope, retryNum: 1));
        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, $"Slack got {(int)r.StatusCode}"));

        Assert.True(await Eventually.HoldsAsync(() => Task.FromResult(cluster.Slack.Posts(p => p.Arg("channel") == "D0RETRY01").Any()), TimeSpan.FromSeconds(30)),
            "no reply was posted\n" + cluster.Logs());

        // Each of the two instances is done with the event once it has either answered or found the delivery already
        // in the inbox (its "already in the inbox" line): only then can the count of answers be read as final.
        var eventId = envelope["event_id"]!.GetValue<string>();
        bool Settled(HostProcess host) => cluster.Slack.Posts(p => p.Arg("channel") == "D0RETRY01" && p.Instance == host.Name).Any()
                                          || host.Log.Any(l => l.Contains($"slack event {eventId}", StringComparison.Ordinal) && l.Contains("already in the inbox", StringComparison.Ordinal));
        Assert.True(await Eventually.HoldsAsync(() => Task.FromResult(Settled(hosts[0]) && Settled(hosts[1])), TimeSpan.FromSeconds(30)),
            "an instance neither answered nor recognised the retry\n" + cluster.Logs());
        var replies = cluster.Slack.Posts(p => p.Arg("channel") == "D0RETRY01").ToArray();
        Assert.Single(replies);
        
        // One inbox row for both deliveries, marked done once the answer went out (done marks are written with the next batch).
        Assert.True(await Eventually.HoldsAsync(async () => await cluster.ScalarAsync<long>("SELECT COUNT(*) FROM turn_inbox WHERE channel_id = 'slack' AND item_id = @id AND state = 'done'", ("id", "event:" + eventId)) == 1, TimeSpan.FromSeconds(30)),
            "the event's inbox row was never marked done\n" + cluster.Logs());
        output.WriteLine($"Answered once, by {replies[0].Instance}.");
    }

    [Fact]
    [Step(4)]
    public async Task Digests_InstanceKilledMidFanOut_EveryDigestPostedExactlyOnce()
    {
        Assert.True(ScaleOutCluster.DigestsWanted, "ALIGNMENTBOT_SCALEOUT_DIGESTS=0 leaves the digests out");
        static bool IsDigest(SlackCall call) => call.Arg("channel")?.StartsWith(ScaleOutCluster.DigestChannelPrefix, StringComparison.Ordinal) == true;

        // The first instance to post its third digest is caught mid-fan-out: from then on its posts reach Slack but are
        // never answered, as if the process stopped right after sending them.
        var victimChosen = cluster.Slack.HoldPostsOfTheFirstInstanceToPost(after: 2, IsDigest);
        var wait = cluster.DigestsDueAt - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(60);
        output.WriteLine($"{cluster.Digests.Count} digests due at {cluster.DigestsDueAt:HH:mm:ss} UTC; waiting up to {wait.TotalSeconds:0} s");
        Assert.True(await Task.WhenAny(victimChosen, Task.Delay(wait)) == victimChosen, "no instance posted three digests\n" + cluster.Logs());
        var victim = cluster.Hosts.Single(h => h.Name == victimChosen.Result);

        // Kill it only once every post it claimed has reached Slack, so each claim is a post Slack received (the
        // at-most-once window: received, never confirmed). Its other fired jobs have not claimed anything yet.
        var settled = 0;
        Assert.True(await Eventually.HoldsAsync(async () =>
        {
            var claimed = await cluster.ScalarAsync<long>("SELECT COUNT(*) FROM digest_deliveries WHERE state = 'Sending' AND claimed_by = @by", ("by", victim.ClaimedBy));
            var held = cluster.Slack.Posts(p => p.Held && p.Instance == victim.Name).Count();
            settled = claimed == held && held > 0 ? settled + 1 : 0;
            return settled >= 3;
        }, TimeSpan.FromSeconds(30)), "the victim's claims never matched its posts\n" + cluster.Logs());
        await victim.KillAsync();
        var killedAt = DateTimeOffset.UtcNow;

        output.WriteLine($"Killed {victim.Name} (pid {victim.ProcessId}) after {cluster.Slack.Posts(p => IsDigest(p) && p.Instance == victim.Name && !p.Held).Count()} digests posted");

        // The survivors take over the victim's triggers and re-fire its jobs; its unconfirmed posts are settled as uncertain.
        var ids = cluster.Digests.Select(d => d.Id.ToString()).ToHashSet();
        Assert.True(await Eventually.HoldsAsync(async () =>
        {
            var records = (await cluster.DeliveriesAsync()).Where(r => ids.Contains(r.Subscription)).ToArray();
            return records.Length == ids.Count && records.All(r => r.State is "Sent" or "Uncertain");
        }, TimeSpan.FromSeconds(90)), "not every digest was settled\n" + string.Join('\n', (await cluster.DeliveriesAsync()).GroupBy(r => r.State).Select(g => $"{g.Key}: {g.Count()}")) + "\n" + cluster.Logs());
        output.WriteLine($"Settled {(DateTimeOffset.UtcNow - killedAt).TotalSeconds:0.0} s after the kill");

        // What reached Slack unanswered, read once every record has settled: a job the victim fired between the check
        // above and the kill may have claimed and sent one more post, which is then in flight like the others.
        var heldChannels = cluster.Slack.Posts(p => p.Held).Select(p => p.Arg("channel")).ToHashSet();
        output.WriteLine($"{heldChannels.Count} posts were in flight when {victim.Name} died");

        // Exactly one post per channel: nothing lost, nothing doubled.
        var posts = cluster.Slack.Posts(IsDigest).GroupBy(p => p.Arg("channel")!).ToDictionary(g => g.Key, g => g.ToArray());
        var channels = cluster.Digests.Select(d => d.Address.ConversationId).ToArray();
        Assert.All(channels, c => Assert.True(posts.TryGetValue(c, out var p) && p.Length == 1, $"{c}: {(posts.TryGetValue(c, out var q) ? q.Length : 0)} posts"));
        Assert.Equal(channels.Length, posts.Count);

        // The posts Slack received but never confirmed are the uncertain ones, flagged for a person and never reposted.
        var records = (await cluster.DeliveriesAsync()).Where(r => ids.Contains(r.Subscription)).ToArray();
        var uncertain = records.Where(r => r.State == "Uncertain").ToArray();
        Assert.All(uncertain, r => Assert.Equal(victim.ClaimedBy, r.ClaimedBy));
        Assert.Equal(heldChannels.OrderBy(c => c), uncertain.Select(r => cluster.Digests.Single(d => d.Id.ToString() == r.Subscription).Address.ConversationId).OrderBy(c => c));

        // Everything else was posted by whichever instance fired it, survivors included.
        var byInstance = records.Where(r => r.State == "Sent").GroupBy(r => r.ClaimedBy).ToDictionary(g => g.Key!, g => g.Count());
        output.WriteLine("Sent by: " + string.Join(", ", byInstance.Select(kv => $"{cluster.AllHosts.Single(h => h.ClaimedBy == kv.Key).Name}={kv.Value}")) + $"; uncertain: {uncertain.Length}");
        Assert.True(cluster.Hosts.All(h => byInstance.ContainsKey(h.ClaimedBy)), "a surviving instance posted nothing");

        // The dead instance left the cluster; its check-in row was taken away by the survivors' recovery.
        Assert.True(await Eventually.HoldsAsync(async () => await cluster.ScalarAsync<long>("SELECT COUNT(*) FROM qrtz_scheduler_state") == cluster.Hosts.Count, TimeSpan.FromSeconds(30)));

        // A replacement joins, so the next step runs on three instances again.
        var replacement = cluster.StartHost();
        await replacement.WaitHealthyAsync(cluster.Http, TimeSpan.FromMinutes(3));
    }

    [Fact]
    [Step(5)]
    public async Task LoadRun_ConcurrentConversationsAcrossInstances_NoTurnLostOrDoubled()
    {
        var hosts = cluster.Hosts;
        Assert.Equal(3, hosts.Count);
        var run = "load" + Guid.NewGuid().ToString("N")[..6];
        var retriesBefore = cluster.AllHosts.Sum(h => h.CountLog("changed during the turn; retrying"));

        var figures = await LoadRun.RunAsync(cluster.Http, hosts, run, LoadRun.Size);

        var reruns = cluster.AllHosts.Sum(h => h.CountLog("changed during the turn; retrying")) - retriesBefore;
        var line = $"{figures}; turns rerun after a version conflict: {reruns}";
        output.WriteLine(line);
        if (Environment.GetEnvironmentVariable("ALIGNMENTBOT_LOAD_REPORT") is { Length: > 0 } report)
        {
            await File.AppendAllTextAsync(report, line + Environment.NewLine);
        }

        Assert.True(figures.Errors + figures.Lost + figures.Doubled == 0, string.Join('\n', figures.Problems));
        Assert.Equal(figures.Size.Conversations * LoadRun.Turns, figures.Turns);

        // Every conversation's state was written once per turn: no turn lost, none run twice.
        var versions = await cluster.ScalarAsync<long>(
            "SELECT COUNT(*) FROM conversation_state WHERE workspace_id = 'local' AND state_key LIKE @prefix AND version = @turns",
            ("prefix", $"webchat/local/{run}-%"), ("turns", (long)LoadRun.Turns));
        Assert.Equal(figures.Size.Conversations, versions);
    }

    private static string? Verb(CardButton button) => button.Data["_verb"]?.GetValue<string>();
}
