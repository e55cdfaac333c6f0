using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AlignmentBot.Channels.Slack.Tests.StandIn;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Channels.Slack.Tests.EndToEnd;

/// <summary>
/// Files both ways against the stand-in: an export is uploaded with files.getUploadURLExternal, a POST to the upload URL
/// and files.completeUploadExternal; a CSV shared in a DM reaches the bot and is downloaded with the bot token, which
/// never goes to another host.
/// </summary>
public sealed class FilesTests : IAsyncLifetime
{
    private static readonly byte[] Csv = Encoding.UTF8.GetBytes("goal_id,goal\r\n1,'=1+1\r\n");

    private readonly FileBot _bot = new();
    private SlackStandIn _slack = null!;
    private SlackBotHost _host = null!;

    public async Task InitializeAsync()
    {
        _slack = await SlackStandIn.StartAsync();
        _host = await SlackBotHost.StartAsync(_slack, _bot);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task Export_InADirectMessage_UploadsTheBytesAndSharesThemInTheConversation()
    {
        _bot.Reply = new OutgoingMessage("Here is the goals as a CSV file (1 row): goals-2026-12-03.csv") { File = new FileAttachment("goals-2026-12-03.csv", "Goals, 3 Dec 2026", "text/csv", Csv) };

        using var ack = await _slack.PostEventAsync(_host.EventsUrl, SlackFixtures.DirectMessage("Ev0EXPORT01", "export the goals"));
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);

        var complete = await _slack.WaitForCallAsync("files.completeUploadExternal");
        var url = Assert.Single(_slack.CallsTo("files.getUploadURLExternal"));
        Assert.Equal("goals-2026-12-03.csv", url.Arg("filename"));
        Assert.Equal(Csv.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), url.Arg("length"));
        Assert.StartsWith("application/x-www-form-urlencoded", url.ContentType, StringComparison.Ordinal);

        var file = Assert.IsType<JsonObject>(Assert.Single((JsonArray)complete.Args["files"]!));
        Assert.Equal("Goals, 3 Dec 2026", file["title"]!.ToString());
        Assert.Equal(Csv, _slack.Uploads[file["id"]!.ToString()]);
        Assert.Equal("D0DANA001", complete.Arg("channel_id"));
        Assert.Null(complete.Arg("thread_ts"));
        Assert.Contains("goals-2026-12-03.csv", complete.Arg("initial_comment"), StringComparison.Ordinal);
        Assert.Equal(SlackStandIn.BotToken, complete.Token);

        // The upload URL is its own authorisation: the bot token is not sent there.
        var upload = Assert.Single(_slack.FileRequests, r => r.Path.StartsWith("/upload/", StringComparison.Ordinal));
        Assert.Null(upload.Authorization);
        Assert.Empty(_slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Export_AskedInAThread_IsSharedInThatThread()
    {
        _bot.Reply = new OutgoingMessage("Here is the scorecard") { File = new FileAttachment("scorecard.csv", "Scorecard", "text/csv", Csv) };

        await _slack.PostEventAsync(_host.EventsUrl, SlackFixtures.Mention("Ev0EXPORT02", "<@UBOT0001> export the scorecard", threadTs: "1700000000.000100"));

        var complete = await _slack.WaitForCallAsync("files.completeUploadExternal");
        Assert.Equal("1700000000.000100", complete.Arg("thread_ts"));
        Assert.Equal("C0MARKETING", complete.Arg("channel_id"));
    }

    [Fact]
    public async Task Export_ShareMadeButItsAnswerLost_LooksInTheConversationAndDoesNotShareItAgain()
    {
        _bot.Reply = new OutgoingMessage("Here is the scorecard") { File = new FileAttachment("scorecard-2026-12-03.csv", "Scorecard, 3 Dec 2026", "text/csv", Csv) };
        var completions = 0;
        _slack.Script("files.completeUploadExternal", call =>
        {
            if (Interlocked.Increment(ref completions) > 1)
            {
                return null;
            }

            // Slack shared the file, then the answer was lost: a 500 says nothing about whether it happened.
            _slack.ShareAll(call);
            return SlackStandIn.ServerError();
        });
        await using var host = await SlackBotHost.StartAsync(_slack, _bot, configure: s => s["Slack:Retry:BaseDelay"] = "00:00:00.05");

        await _slack.PostEventAsync(host.EventsUrl, SlackFixtures.DirectMessage("Ev0EXPORT03", "export the scorecard"));

        await host.Logs.WaitForAsync("is already shared; not sharing it again");
        Assert.Single(_slack.CallsTo("files.completeUploadExternal"));
        var share = Assert.Single(_slack.Shares);
        Assert.Equal(("D0DANA001", "scorecard-2026-12-03.csv"), (share.Channel, share.Name));
        Assert.Contains(_slack.CallsTo("conversations.history"), c => c.Arg("channel") == "D0DANA001");
    }

    [Fact]
    public async Task Export_ShareFailedBeforeSlackMadeIt_LooksAndThenSharesItOnce()
    {
        _bot.Reply = new OutgoingMessage("Here is the scorecard") { File = new FileAttachment("scorecard-2026-12-03.csv", "Scorecard, 3 Dec 2026", "text/csv", Csv) };
        var completions = 0;
        _slack.Script("files.completeUploadExternal", _ => Interlocked.Increment(ref completions) == 1 ? SlackStandIn.ServerError() : null);
        await using var host = await SlackBotHost.StartAsync(_slack, _bot, configure: s => s["Slack:Retry:BaseDelay"] = "00:00:00.05");

        await _slack.PostEventAsync(host.EventsUrl, SlackFixtures.DirectMessage("Ev0EXPORT04", "export the scorecard"));

        Assert.True(await _slack.WaitUntilAsync(() => !_slack.Shares.IsEmpty));
        Assert.Equal(2, _slack.CallsTo("files.completeUploadExternal").Count());
        Assert.Single(_slack.Shares);
        Assert.Contains(_slack.CallsTo("conversations.history"), c => c.Arg("channel") == "D0DANA001");
    }

    [Fact]
    public async Task FileShare_InADirectMessage_ReachesTheBotAndDownloadsWithTheBotToken()
    {
        var bytes = Encoding.UTF8.GetBytes("Record ID,Lifecycle Stage,Create Date\n101,marketingqualifiedlead,2026-11-02\n");
        _slack.SharedFiles["leads.csv"] = bytes;
        var envelope = SlackFixtures.Load("message_file_share.json");
        envelope["event"]!["files"]![0]!["url_private_download"] = _slack.FileUrl("leads.csv");
        envelope["event"]!["files"]![0]!["size"] = bytes.Length;

        await _slack.PostEventAsync(_host.EventsUrl, envelope);
        Assert.True(await _bot.Arrived.WaitAsync(() => !_bot.Activities.IsEmpty, TimeSpan.FromSeconds(10)));

        var shared = Assert.Single(Assert.Single(_bot.Activities).Files);
        Assert.Equal(new SharedFile("leads.csv", _slack.FileUrl("leads.csv"), bytes.Length, "csv"), shared);

        var download = await Source().DownloadAsync(shared, 1024 * 1024, default);
        Assert.Equal(bytes, download.Content);
        Assert.Equal("Bearer " + SlackStandIn.BotToken, Assert.Single(_slack.FileRequests).Authorization);
    }

    [Fact]
    public async Task Download_RedirectedToAnotherHost_IsRefusedAndTheTokenStaysHome()
    {
        _slack.SharedFiles["leads.csv"] = Encoding.UTF8.GetBytes("a,b\n1,2\n");
        var elsewhere = $"http://localhost:{_slack.BaseUrl.Port}/files/leads.csv";

        var download = await Source().DownloadAsync(new SharedFile("leads.csv", _slack.RedirectUrl(elsewhere)), 1024 * 1024, default);

        Assert.Null(download.Content);
        Assert.Contains("redirected the download away from Slack", download.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain(_slack.FileRequests, r => r.Path == "/files/leads.csv");
    }

    [Fact]
    public async Task Download_OfAnAddressThatIsNotSlacks_IsNeverSentTheToken()
    {
        var download = await Source().DownloadAsync(new SharedFile("leads.csv", $"http://localhost:{_slack.BaseUrl.Port}/files/leads.csv"), 1024, default);

        Assert.Null(download.Content);
        Assert.Empty(_slack.FileRequests);
    }

    [Fact]
    public async Task Download_LargerThanTheLimit_StopsAtTheLimit()
    {
        _slack.SharedFiles["big.csv"] = new byte[4096];

        var download = await Source().DownloadAsync(new SharedFile("big.csv", _slack.FileUrl("big.csv")), 1024, default);

        Assert.True(download.TooLarge);
        Assert.Null(download.Content);
    }

    [Fact]
    public async Task Download_AnsweredWithTheSignInPage_SaysTheScopeMayBeMissing()
    {
        await using var host = await SlackBotHost.StartAsync(_slack, _bot, configure: s => s["Slack:BotToken"] = "xoxb-not-the-right-one");
        _slack.SharedFiles["leads.csv"] = Encoding.UTF8.GetBytes("a,b\n");

        var download = await host.Services.GetServices<ISharedFileSource>().Single(s => s.ChannelId == "slack").DownloadAsync(new SharedFile("leads.csv", _slack.FileUrl("leads.csv")), 1024, default);

        Assert.Null(download.Content);
        Assert.Contains("files:read", download.Problem, StringComparison.Ordinal);
    }

    private ISharedFileSource Source() => _host.Services.GetServices<ISharedFileSource>().Single(s => s.ChannelId == "slack");

    private sealed class FileBot : IBot
    {
        public ConcurrentQueue<IncomingActivity> Activities { get; } = new();

        public Testing.ChangeSignal Arrived { get; } = new();

        public OutgoingMessage Reply { get; set; } = "ok";

        public Task<TurnResult> OnTurnAsync(IncomingActivity activity, CancellationToken cancellationToken)
        {
            Activities.Enqueue(activity);
            Arrived.Raise();
            return Task.FromResult(TurnResult.Reply(Reply));
        }
    }
}
