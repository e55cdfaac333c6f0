using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Sync;
using AlignmentBot.Channels.Teams.Tests.Support;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Host.Tests.ScaleOut;
using AlignmentBot.Host.Web;
using AlignmentBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Host.Tests.Files;

/// <summary>
/// A CSV sent to the bot in a Teams personal chat, end to end through the real web host: a message activity with a file
/// download info attachment, signed as the Bot Connector signs it (keys from the OpenID stand-in), POSTed to
/// /api/messages; the download from its pre-authorised downloadUrl (a loopback stand-in for OneDrive, no token sent);
/// the preview posted to the Connector stand-in with its Confirm action; the Action.Execute invoke of Confirm; and the
/// imported number in the scorecard. A file with a bad row is refused by line and nothing is stored.
/// </summary>
public sealed class TeamsFileImportTests : IAsyncLifetime
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string DanaAad = "3f2b8c1d-7e4a-4b9c-8d2e-1a6f5c4b3e21";
    private const string DanaAccount = "29:1Xb9wQ7lD0mEo8uYl5vWq-dana";
    private const string Conversation = "a:1pL7tQ9sV3xZ5bD7fH9jK1mN3p-dana";

    private readonly TempSqliteDatabase _database = new();
    private readonly ConcurrentDictionary<string, byte[]> _driveFiles = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Name, string? Authorization)> _downloads = new();
    private TestIdentity _identity = null!;
    private ConnectorStandIn _connector = null!;
    private LoopbackServer _drive = null!;
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    private WorkspaceId Workspace => new(Tenant);

    public async Task InitializeAsync()
    {
        _identity = await TestIdentity.StartAsync();
        _connector = await ConnectorStandIn.StartAsync();

        // OneDrive's pre-authorised download links, on loopback: whatever Authorization a request carries is recorded.
        _drive = await LoopbackServer.StartAsync((app, _) => app.MapGet("/download/{name}", (string name, HttpContext http) =>
        {
            _downloads.Enqueue((name, http.Request.Headers.Authorization.FirstOrDefault()));
            return _driveFiles.TryGetValue(name, out var bytes) ? Results.Bytes(bytes, "text/csv") : Results.NotFound();
        }));

        _app = WebHost.Build([], settings: new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["ConnectionStrings:AlignmentBot"] = _database.ConnectionString,
            ["MicrosoftAppId"] = TestIdentity.BotAppId,
            ["MicrosoftAppPassword"] = TestIdentity.BotPassword,
            ["MicrosoftAppType"] = "MultiTenant",
            ["BotFramework:OpenIdMetadataUrl"] = _identity.MetadataUrl,
            ["BotFramework:BotOpenIdMetadataUrl"] = _identity.EntraMetadataUrl,
            ["BotFramework:TokenEndpoint"] = _identity.TokenEndpoint,
            // The Connector stand-in listens on 127.0.0.1: the one Connector host this test allows.
            ["BotFramework:AllowedServiceUrlHosts:0"] = "127.0.0.1",
            ["BotFramework:Retry:BaseDelay"] = "00:00:00.020",
            ["BotFramework:Retry:MaxDelay"] = "00:00:00.100",
            ["Digests:SchedulerEnabled"] = "false",
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _http = new HttpClient { BaseAddress = new Uri(address.TrimEnd('/') + "/") };

        // Dana leads marketing in a tenant with an MQL goal; nothing is measured yet.
        var store = _app.Services.GetRequiredService<IWorkspaceStore>();
        await store.SaveAsync(new Workspace(Workspace, Platform.Teams, "Contoso"), default);
        await store.SavePersonAsync(new Person(Workspace, DanaAad, "Dana Whitfield", Role.MarketingLead, "UTC"), default);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await _app.Services.GetRequiredService<IGoalStore>().SaveAsync(Workspace, CrmDemoGoals.For(Workspace, today, DateTimeOffset.UtcNow), default);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _drive.DisposeAsync();
        await _connector.DisposeAsync();
        await _identity.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _database.Dispose();
    }

    /// <summary>Confirm pressed as Teams sends it: an Action.Execute invoke, or (older clients) its Action.Submit fallback as a message with a value.</summary>
    [Theory]
    [InlineData("Action.Execute")]
    [InlineData("Action.Submit")]
    public async Task SentCsv_PreviewedAndConfirmed_ItsNumberIsInTheScorecard(string press)
    {
        var csv = Encoding.UTF8.GetBytes($"date,metric,value\n{Yesterday()},mql,173\n");
        _driveFiles["numbers.csv"] = csv;

        using (var sent = await PostAsync(FileMessage("numbers.csv")))
        {
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        }

        // The preview, with its Confirm action; the file came from its downloadUrl without a token, and nothing is stored yet.
        var preview = await ReplyAsync(r => Confirm(r) is not null);
        Assert.Contains("numbers.csv: 1 measurement, every row good.", Text(preview), StringComparison.Ordinal);
        Assert.Equal(("numbers.csv", (string?)null), Assert.Single(_downloads));
        Assert.Empty(await MeasurementsAsync());

        var confirm = Confirm(preview)!;
        if (press == "Action.Execute")
        {
            // An adaptiveCard/action invoke carrying the action's verb and data, answered in the HTTP response.
            using var pressed = await PostAsync(Invoke(confirm));
            Assert.Equal(HttpStatusCode.OK, pressed.StatusCode);
            var answer = JsonNode.Parse(await pressed.Content.ReadAsStringAsync())!;
            Assert.Equal(200, answer["statusCode"]!.GetValue<int>());
        }
        else
        {
            // The fallback's data as the value of a message activity, queued like any message.
            Assert.Equal("Action.Submit", confirm["fallback"]!["type"]!.ToString());
            var submit = Activity("message");
            submit["value"] = confirm["fallback"]!["data"]!.DeepClone();
            using var pressed = await PostAsync(submit);
            Assert.Equal(HttpStatusCode.OK, pressed.StatusCode);
        }

        await ReplyAsync(r => Text(r).Contains("numbers.csv: Imported 1 measurements.", StringComparison.Ordinal));
        var stored = Assert.Single(await MeasurementsAsync());
        Assert.Equal(173m, stored.Value);

        using (var asked = await PostAsync(TextMessage("status")))
        {
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        }

        // The imported 173 MQLs (yesterday's) are the MQL goal's month so far.
        var scorecard = await ReplyAsync(r => Text(r).Contains("Scorecard, as of", StringComparison.Ordinal));
        Assert.Contains("Marketing qualified leads: 173/m vs 80/m: on track", Text(scorecard), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SentCsvWithABadRow_IsRefusedNamingTheRow_AndNothingIsStored()
        => await RefusedAndNothingStoredAsync(
            Encoding.UTF8.GetBytes($"date,metric,value\n{Yesterday()},mql,173\n{Yesterday()},mql,lots\n"),
            "numbers.csv: 1 measurement good, 1 bad row, so nothing was loaded.",
            "line 3",
            "lots");

    [Fact]
    public async Task SentFileThatIsNotText_IsRefusedSayingWhy_AndNothingIsStored()
        => await RefusedAndNothingStoredAsync(
            [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00], // a zip (an .xlsx) renamed to .csv
            "Cannot read numbers.csv: byte 6 is a NUL",
            "Nothing was loaded.");

    private async Task RefusedAndNothingStoredAsync(byte[] content, params string[] expected)
    {
        _driveFiles["numbers.csv"] = content;
        var rowsBefore = await RowCountAsync();

        using (var sent = await PostAsync(FileMessage("numbers.csv")))
        {
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        }

        var refusal = await ReplyAsync(r => Text(r).Contains("othing was loaded", StringComparison.Ordinal));
        foreach (var part in expected)
        {
            Assert.Contains(part, Text(refusal), StringComparison.Ordinal);
        }

        Assert.Null(Confirm(refusal));
        Assert.Equal(("numbers.csv", (string?)null), Assert.Single(_downloads));

        // Nothing waits for a Confirm: a "yes" now loads nothing, and no measurement or audit entry was written.
        var before = Replies().Count();
        using (var yes = await PostAsync(TextMessage("yes")))
        {
            Assert.Equal(HttpStatusCode.OK, yes.StatusCode);
        }

        Assert.True(await Eventually.HoldsAsync(() => Task.FromResult(Replies().Count() > before), TimeSpan.FromSeconds(60)), "the bot never answered the yes");
        Assert.DoesNotContain(Replies(), r => Text(r).Contains("Imported", StringComparison.Ordinal));
        Assert.Empty(await MeasurementsAsync());
        Assert.Equal(rowsBefore, await RowCountAsync());
    }

    private static string Yesterday() => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<IReadOnlyList<Domain.Measurements.Measurement>> MeasurementsAsync()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return await _app.Services.GetRequiredService<IMeasurementStore>().ListAsync(Workspace, new Domain.Common.DateRange(today.AddDays(-60), today.AddDays(1)), null, default);
    }

    /// <summary>Rows in the tables an import writes: measurements, leads, account lists and the audit log.</summary>
    private async Task<long> RowCountAsync()
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM audit_log) + (SELECT COUNT(*) FROM measurements) + (SELECT COUNT(*) FROM leads) + (SELECT COUNT(*) FROM account_lists)";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The activities the bot sent to the conversation through the Connector, as JSON.</summary>
    private IEnumerable<JsonObject> Replies()
        => _connector.Calls
            .Where(c => c.Method == "POST" && c.PathAndQuery.Contains("/activities", StringComparison.Ordinal))
            .Select(ConnectorStandIn.Body)
            .Where(b => b["type"]?.ToString() == "message");

    private async Task<JsonObject> ReplyAsync(Func<JsonObject, bool> match)
    {
        JsonObject? found = null;
        var seen = await Eventually.HoldsAsync(() => Task.FromResult((found = Replies().FirstOrDefault(match)) is not null), TimeSpan.FromSeconds(60));
        Assert.True(seen, "never sent; the bot said:\n" + string.Join("\n---\n", Replies().Select(Text)));
        return found!;
    }

    /// <summary>The text of an activity and its cards as one string, to look for what a person would read.</summary>
    private static string Text(JsonObject activity) => (activity["text"]?.ToString() ?? string.Empty) + "\n" + (activity["attachments"]?.ToJsonString() ?? string.Empty);

    /// <summary>The Confirm action of the activity's Adaptive Card, if it has one.</summary>
    private static JsonObject? Confirm(JsonObject activity)
        => (activity["attachments"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(a => a["contentType"]?.ToString() == "application/vnd.microsoft.card.adaptive")
            .SelectMany(a => a["content"]?["actions"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .FirstOrDefault(a => a["title"]?.ToString() == "Confirm");

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _identity.ChannelToken(serviceUrl: _connector.ServiceUrl));
        return await _http.SendAsync(request);
    }

    private JsonObject Activity(string type) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        ["channelId"] = "msteams",
        ["serviceUrl"] = _connector.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = DanaAccount, ["name"] = "Dana Whitfield", ["aadObjectId"] = DanaAad },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = Tenant, ["id"] = Conversation },
        ["recipient"] = new JsonObject { ["id"] = "28:" + TestIdentity.BotAppId, ["name"] = "AlignmentBot" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
        ["locale"] = "en-US",
    };

    private JsonObject TextMessage(string text)
    {
        var activity = Activity("message");
        activity["text"] = text;
        activity["textFormat"] = "plain";
        return activity;
    }

    /// <summary>A file sent in the personal chat, as Teams delivers it: a file download info attachment, no text.</summary>
    private JsonObject FileMessage(string name)
    {
        var activity = Activity("message");
        activity["text"] = string.Empty;
        activity["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["contentUrl"] = $"https://contoso.sharepoint.com/personal/dana/Documents/Microsoft%20Teams%20Chat%20Files/{name}",
            ["name"] = name,
            ["content"] = new JsonObject
            {
                ["downloadUrl"] = $"{_drive.BaseUrl}/download/{name}",
                ["uniqueId"] = "5F0D3D7C-0000-4000-8000-000000000001",
                ["fileType"] = "csv",
            },
        });
        return activity;
    }

    private JsonObject Invoke(JsonObject action)
    {
        var activity = Activity("invoke");
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["title"] = action["title"]!.ToString(),
                ["verb"] = action["verb"]!.ToString(),
                ["data"] = action["data"]!.DeepClone(),
            },
            ["trigger"] = "manual",
        };
        return activity;
    }
}
