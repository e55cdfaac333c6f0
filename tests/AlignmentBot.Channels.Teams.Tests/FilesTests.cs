using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AlignmentBot.Channels.Teams.Tests.Support;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Channels.Teams.Tests;

/// <summary>
/// Files in Teams against the Connector stand-in and a OneDrive stand-in on loopback: an export is offered with a file
/// consent card, uploaded with Content-Range on accept and shown with a file info card; a file sent in the personal chat
/// reaches the bot and downloads from its pre-authorised URL without a token.
/// </summary>
public sealed class FilesTests : IAsyncLifetime
{
    private static readonly byte[] Csv = Encoding.UTF8.GetBytes("goal_id,goal\r\n1,'=1+1\r\n");

    private readonly ConcurrentQueue<(string Path, string? ContentRange, string? Authorization, byte[] Body)> _oneDrive = new();
    private TestIdentity _identity = null!;
    private ConnectorStandIn _connector = null!;
    private LoopbackServer _drive = null!;
    private TeamsTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _identity = await TestIdentity.StartAsync();
        _connector = await ConnectorStandIn.StartAsync();
        _drive = await LoopbackServer.StartAsync((app, _) =>
        {
            app.MapPut("/upload/{name}", async (string name, HttpContext http) =>
            {
                using var buffer = new MemoryStream();
                await http.Request.Body.CopyToAsync(buffer);
                _oneDrive.Enqueue(($"/upload/{name}", http.Request.Headers.ContentRange.ToString(), http.Request.Headers.Authorization.FirstOrDefault(), buffer.ToArray()));
                return Results.Json(new { id = "01ABC", name }, statusCode: 201);
            });
            app.MapGet("/download/{name}", (string name, HttpContext http) =>
            {
                _oneDrive.Enqueue(($"/download/{name}", null, http.Request.Headers.Authorization.FirstOrDefault(), []));
                return Results.Bytes(Csv, "text/csv");
            });
        });
        _host = await TeamsTestHost.StartAsync(_identity);
        _host.Bot.Answer = _ => TurnResult.Reply(new OutgoingMessage("Here is the goals as a CSV file (1 row): goals.csv") { File = new FileAttachment("goals.csv", "Goals, 3 Dec 2026", "text/csv", Csv) });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _drive.DisposeAsync();
        await _connector.DisposeAsync();
        await _identity.DisposeAsync();
    }

    [Fact]
    public async Task Export_InThePersonalChat_IsOfferedThenUploadedWithContentRangeOnAccept()
    {
        await PostAsync("teams-personal-message.json", a => a["text"] = "export the goals");
        var offer = ConnectorStandIn.Body(await _connector.NextCallAsync());
        var attachment = offer["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.teams.card.file.consent", attachment["contentType"]!.ToString());
        Assert.Equal("goals.csv", attachment["name"]!.ToString());
        Assert.Equal(Csv.Length, (int)attachment["content"]!["sizeInBytes"]!);
        var context = attachment["content"]!["acceptContext"]!.DeepClone();
        Assert.Contains("goals.csv", offer["text"]!.ToString(), StringComparison.Ordinal);

        var response = await ConsentAsync("accept", context);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var put = Assert.Single(_oneDrive);
        Assert.Equal("/upload/goals.csv", put.Path);
        Assert.Equal($"bytes 0-{Csv.Length - 1}/{Csv.Length}", put.ContentRange);
        Assert.Null(put.Authorization);
        Assert.Equal(Csv, put.Body);
        var shown = ConnectorStandIn.Body(await _connector.NextCallAsync())["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.teams.card.file.info", shown["contentType"]!.ToString());
        Assert.Equal("https://contoso.sharepoint.com/personal/dana/Documents/Applications/AlignmentBot/goals.csv", shown["contentUrl"]!.ToString());
        Assert.Equal("1150D938-8870-4044-9F2C-5BBDEBA70C8C", shown["content"]!["uniqueId"]!.ToString());
        Assert.Equal("csv", shown["content"]!["fileType"]!.ToString());
    }

    [Fact]
    public async Task Export_Declined_UploadsNothingAndSaysSo()
    {
        await PostAsync("teams-personal-message.json", a => a["text"] = "export the goals");
        var context = ConnectorStandIn.Body(await _connector.NextCallAsync())["attachments"]![0]!["content"]!["declineContext"]!.DeepClone();

        var response = await ConsentAsync("decline", context);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("OK, I didn't send goals.csv.", ConnectorStandIn.Body(await _connector.NextCallAsync())["text"]!.ToString());
        Assert.Empty(_oneDrive);
    }

    [Fact]
    public async Task Accept_Replayed_IsNotUploadedTwice()
    {
        await PostAsync("teams-personal-message.json", a => a["text"] = "export the goals");
        var context = ConnectorStandIn.Body(await _connector.NextCallAsync())["attachments"]![0]!["content"]!["acceptContext"]!.DeepClone();

        await ConsentAsync("accept", context);
        await _connector.NextCallAsync();
        await ConsentAsync("accept", context);

        Assert.Contains("no longer on offer", ConnectorStandIn.Body(await _connector.NextCallAsync())["text"]!.ToString(), StringComparison.Ordinal);
        Assert.Single(_oneDrive);
    }

    [Fact]
    public async Task Export_InAChannel_SaysFilesComeInThePersonalChat()
    {
        await PostAsync("teams-channel-message-with-mention.json");

        var reply = ConnectorStandIn.Body(await _connector.NextCallAsync());
        Assert.Contains("only in our 1:1 chat", reply["text"]!.ToString(), StringComparison.Ordinal);
        Assert.Null(reply["attachments"]);
    }

    [Fact]
    public async Task FileSent_InThePersonalChat_ReachesTheBotAndDownloadsWithoutAToken()
    {
        _host.Bot.Answer = _ => TurnResult.Reply("got it");
        var downloadUrl = _drive.BaseUrl + "/download/leads.csv";
        await PostAsync("teams-personal-message.json", a =>
        {
            a["text"] = "";
            a["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
                ["contentUrl"] = "https://contoso.sharepoint.com/personal/dana/Documents/leads.csv",
                ["name"] = "leads.csv",
                ["content"] = new JsonObject { ["downloadUrl"] = downloadUrl, ["uniqueId"] = "5F0D3D7C-0000-4000-8000-000000000001", ["fileType"] = "csv" },
            });
        });

        var shared = Assert.Single((await _host.Bot.NextTurnAsync()).Files);
        Assert.Equal(new SharedFile("leads.csv", downloadUrl, null, "csv"), shared);

        var source = _host.Services.GetServices<ISharedFileSource>().Single(s => s.ChannelId == "msteams");
        var download = await source.DownloadAsync(shared, 1024, default);
        Assert.Equal(Csv, download.Content);
        Assert.Null(Assert.Single(_oneDrive).Authorization);
    }

    private Task<HttpResponseMessage> ConsentAsync(string action, JsonNode context)
        => PostAsync("teams-personal-message.json", a =>
        {
            a["type"] = "invoke";
            a["name"] = "fileConsent/invoke";
            a["id"] = "f:" + Guid.NewGuid().ToString("N");
            a.Remove("text");
            a["value"] = new JsonObject
            {
                ["type"] = "fileUpload",
                ["action"] = action,
                ["context"] = context.DeepClone(),
                ["uploadInfo"] = action == "accept"
                    ? new JsonObject
                    {
                        ["contentUrl"] = "https://contoso.sharepoint.com/personal/dana/Documents/Applications/AlignmentBot/goals.csv",
                        ["name"] = "goals.csv",
                        ["uploadUrl"] = _drive.BaseUrl + "/upload/goals.csv",
                        ["uniqueId"] = "1150D938-8870-4044-9F2C-5BBDEBA70C8C",
                        ["fileType"] = "csv",
                    }
                    : null,
            };
        });

    private Task<HttpResponseMessage> PostAsync(string fixture, Action<JsonObject>? change = null)
    {
        var activity = Fixtures.Activity(fixture, a =>
        {
            a["serviceUrl"] = _connector.ServiceUrl;
            change?.Invoke(a);
        });
        return _host.PostAsync(activity, _identity.ChannelToken(serviceUrl: _connector.ServiceUrl));
    }
}
