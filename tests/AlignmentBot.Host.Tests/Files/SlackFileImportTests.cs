using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Sync;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Host.Tests.ScaleOut;
using AlignmentBot.Host.Web;
using AlignmentBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Host.Tests.Files;

/// <summary>
/// A CSV shared with the bot in a Slack direct message, end to end through the real web host and the Slack stand-in: the
/// signed file_share event, the download with the bot token, the preview with its Confirm button, the signed button press,
/// and the imported number in the scorecard.
/// </summary>
public sealed class SlackFileImportTests : IAsyncLifetime
{
    private const string Dana = "U0DANA0E2E";
    private const string Channel = "D0DANA0E2E";

    private readonly TempSqliteDatabase _database = new();
    private SlackStandIn _slack = null!;
    private WebApplication _app = null!;

    private Uri BaseUrl => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");

    public async Task InitializeAsync()
    {
        _slack = await SlackStandIn.StartAsync();
        _app = WebHost.Build([], settings: new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["ConnectionStrings:AlignmentBot"] = _database.ConnectionString,
            ["Slack:BotToken"] = SlackStandIn.BotToken,
            ["Slack:SigningSecret"] = SlackStandIn.SigningSecret,
            ["Slack:ApiBaseUrl"] = _slack.ApiUrlFor("e2e"),
            ["Slack:SocketMode"] = "false",
        });
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _slack.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _database.Dispose();
    }

    [Fact]
    public async Task SharedCsv_PreviewedAndConfirmed_ItsNumberIsInTheScorecard()
    {
        // Dana leads marketing in a workspace with an MQL goal; nothing is measured yet.
        var workspace = new WorkspaceId(SlackStandIn.TeamId);
        var store = _app.Services.GetRequiredService<IWorkspaceStore>();
        await store.SaveAsync(new Workspace(workspace, Platform.Slack, "Scale"), default);
        await store.SavePersonAsync(new Person(workspace, Dana, "Dana", Role.MarketingLead, "UTC"), default);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await _app.Services.GetRequiredService<IGoalStore>().SaveAsync(workspace, CrmDemoGoals.For(workspace, today, DateTimeOffset.UtcNow), default);
        var yesterday = today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var csv = Encoding.UTF8.GetBytes($"date,metric,value\n{yesterday},mql,173\n");
        _slack.SharedFiles["numbers.csv"] = csv;

        using (var shared = await _slack.PostEventAsync(BaseUrl, FileShare("Ev0E2EFILE1", "numbers.csv", csv.Length)))
        {
            Assert.True(shared.IsSuccessStatusCode, $"Slack got {(int)shared.StatusCode}");
        }

        // The preview, with the Confirm button; the file was fetched with the bot token and nothing is stored yet.
        var preview = await PostAsync(c => Confirm(c) is not null);
        Assert.Equal(("numbers.csv", $"Bearer {SlackStandIn.BotToken}"), Assert.Single(_slack.FileRequests));
        Assert.Empty(await _app.Services.GetRequiredService<IMeasurementStore>().ListAsync(workspace, new Domain.Common.DateRange(today.AddDays(-30), today), null, default));

        var (actionId, value) = Confirm(preview)!.Value;
        using (var pressed = await _slack.PostInteractionAsync(BaseUrl, Press(preview.Ts!, actionId, value)))
        {
            Assert.True(pressed.IsSuccessStatusCode, $"Slack got {(int)pressed.StatusCode}");
        }

        await PostAsync(c => Text(c).Contains("Imported", StringComparison.Ordinal));

        using (var asked = await _slack.PostEventAsync(BaseUrl, Message("Ev0E2EFILE2", "status")))
        {
            Assert.True(asked.IsSuccessStatusCode, $"Slack got {(int)asked.StatusCode}");
        }

        // The imported 173 MQLs (yesterday's) are the MQL goal's month so far.
        var scorecard = await PostAsync(c => Text(c).Contains("Scorecard, as of", StringComparison.Ordinal));
        Assert.Contains("Marketing qualified leads: 173/m vs 80/m: on track", Text(scorecard), StringComparison.Ordinal);
    }

    private async Task<SlackCall> PostAsync(Func<SlackCall, bool> match)
    {
        SlackCall? found = null;
        var seen = await Eventually.HoldsAsync(
            () => Task.FromResult((found = _slack.Posts(p => p.Arg("channel") == Channel).FirstOrDefault(match)) is not null),
            TimeSpan.FromSeconds(60));
        Assert.True(seen, "never posted; the bot said:\n" + string.Join("\n---\n", _slack.Posts(p => p.Arg("channel") == Channel).Select(Text)));
        return found!;
    }

    /// <summary>The text and blocks of a post as one string, to look for what a person would read.</summary>
    private static string Text(SlackCall call) => (call.Arg("text") ?? string.Empty) + "\n" + (call.Args["blocks"]?.ToJsonString() ?? string.Empty);

    private static (string ActionId, string Value)? Confirm(SlackCall call)
    {
        foreach (var block in call.Args["blocks"] as JsonArray ?? [])
        {
            foreach (var element in block?["elements"] as JsonArray ?? [])
            {
                if (element?["type"]?.GetValue<string>() == "button" && element["text"]?["text"]?.GetValue<string>() == "Confirm")
                {
                    return (element["action_id"]!.GetValue<string>(), element["value"]!.GetValue<string>());
                }
            }
        }

        return null;
    }

    private static JsonObject Envelope(string eventId, JsonObject message) => new()
    {
        ["token"] = "deprecated",
        ["team_id"] = SlackStandIn.TeamId,
        ["api_app_id"] = "A0E2E0001",
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["event"] = message,
    };

    private static JsonObject Message(string eventId, string text) => Envelope(eventId, new JsonObject
    {
        ["type"] = "message",
        ["channel_type"] = "im",
        ["channel"] = Channel,
        ["user"] = Dana,
        ["text"] = text,
        ["ts"] = "1700000500.000100",
        ["event_ts"] = "1700000500.000100",
    });

    private JsonObject FileShare(string eventId, string name, int size) => Envelope(eventId, new JsonObject
    {
        ["type"] = "message",
        ["subtype"] = "file_share",
        ["channel_type"] = "im",
        ["channel"] = Channel,
        ["user"] = Dana,
        ["text"] = string.Empty,
        ["ts"] = "1700000400.000100",
        ["event_ts"] = "1700000400.000100",
        ["upload"] = false,
        ["files"] = new JsonArray(new JsonObject
        {
            ["id"] = "F0E2E00001",
            ["name"] = name,
            ["title"] = name,
            ["mimetype"] = "text/csv",
            ["filetype"] = "csv",
            ["size"] = size,
            ["mode"] = "hosted",
            ["url_private"] = _slack.FileUrl(name),
            ["url_private_download"] = _slack.FileUrl(name),
        }),
    });

    private JsonObject Press(string messageTs, string actionId, string value) => new()
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = Dana, ["username"] = "dana", ["name"] = "dana", ["team_id"] = SlackStandIn.TeamId },
        ["api_app_id"] = "A0E2E0001",
        ["token"] = "deprecated",
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = messageTs, ["channel_id"] = Channel, ["is_ephemeral"] = false },
        ["trigger_id"] = "1700000600.111.e2e",
        ["team"] = new JsonObject { ["id"] = SlackStandIn.TeamId, ["domain"] = "scale" },
        ["channel"] = new JsonObject { ["id"] = Channel, ["name"] = "directmessage" },
        ["message"] = new JsonObject { ["type"] = "message", ["user"] = SlackStandIn.BotUserId, ["text"] = "preview", ["ts"] = messageTs },
        ["state"] = new JsonObject { ["values"] = new JsonObject() },
        ["response_url"] = _slack.ResponseUrl("e2e-1"),
        ["actions"] = new JsonArray(new JsonObject
        {
            ["action_id"] = actionId,
            ["block_id"] = "b1",
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Confirm" },
            ["value"] = value,
            ["type"] = "button",
            ["action_ts"] = "1700000601.000001",
        }),
    };
}
