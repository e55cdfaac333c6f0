using System.Net;
using System.Text.Json.Nodes;
using AlignmentBot.Application.Ports;
using AlignmentBot.Channels.Slack.Tests.StandIn;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Channels.Slack.Tests.EndToEnd;

/// <summary>The product's own bot (dialogs, forms, storage) behind our Slack channel, against the Slack stand-in.</summary>
public sealed class RealBotTests : IAsyncLifetime
{
    private BotHarness _bot = null!;
    private SlackStandIn _slack = null!;
    private SlackBotHost _host = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync();
        await _bot.PersonAsync("U0DANA001", "Dana", Role.MarketingLead, SlackStandIn.TeamId);
        _slack = await SlackStandIn.StartAsync();
        _host = await SlackBotHost.StartAsync(_slack, _bot.Bot);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task SlashCommand_UseAForm_ModalValidatesInlineThenTheSummarySavesTheGoalOnConfirm()
    {
        var responseUrl = _slack.NewResponseUrl();
        // "inbound leads" names raw leads (a loose "more leads" would first ask which number: MQLs, SQLs or raw leads).
        using var ack = await _slack.PostSignedAsync(_host.EventsUrl, SlackFixtures.SlashCommand(responseUrl, "trigger-1", "we need more inbound leads"), "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);

        // The bot asks for what is missing and offers the form; pressing it opens the modal pre-filled with "leads".
        var offer = await _slack.WaitForCallAsync($"response_url:{Tail(responseUrl)}", c => c.Args["blocks"]?.ToJsonString().Contains("Use a form instead", StringComparison.Ordinal) == true);
        var button = SlackFixtures.Buttons(offer.Args).Single(b => b["text"]!["text"]!.ToString() == "Use a form instead");
        var actionUrl = _slack.NewResponseUrl();
        using var press = await _slack.PostInteractionAsync(_host.EventsUrl, SlackFixtures.ButtonPress(button, "trigger-2", actionUrl, "C0MARKETING", "1700000000.000100"));
        Assert.Equal(HttpStatusCode.OK, press.StatusCode);

        var open = await _slack.WaitForCallAsync("views.open");
        var view = (JsonObject)open.Args["view"]!;
        var inputs = view["blocks"]!.AsArray().OfType<JsonObject>().Where(b => b["type"]!.ToString() == "input").ToDictionary(b => b["block_id"]!.ToString());
        Assert.Equal("leads", inputs["metric"]["element"]!["initial_option"]!["value"]!.ToString());

        using var bad = await _slack.PostInteractionAsync(_host.EventsUrl, SlackFixtures.Submission(view, "trigger-3",
            new Dictionary<string, string> { ["metric"] = "leads", ["target"] = "lots", ["period"] = "week", ["deadline"] = "2027-03-31" }));
        var errors = JsonNode.Parse(await bad.Content.ReadAsStringAsync())!;
        Assert.Equal("errors", errors["response_action"]!.ToString());
        Assert.Equal("The target must be a number, not \"lots\".", errors["errors"]!["target"]!.ToString());

        using var good = await _slack.PostInteractionAsync(_host.EventsUrl, SlackFixtures.Submission(view, "trigger-4",
            new Dictionary<string, string> { ["metric"] = "leads", ["target"] = "250", ["period"] = "week", ["baseline"] = "200", ["deadline"] = "2027-03-31" }));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);

        // The form fills the draft; as in chat, the summary comes next and nothing is saved before Confirm.
        var summary = await FirstCallAsync(c => c.Args["blocks"]?.ToJsonString().Contains("New goal: please confirm", StringComparison.Ordinal) == true);
        Assert.Empty(await _bot.Services.GetRequiredService<IGoalStore>().ListAsync(new WorkspaceId(SlackStandIn.TeamId), default));
        var confirm = SlackFixtures.Buttons(summary!.Args).Single(b => b["text"]!["text"]!.ToString() == "Confirm");
        using var pressConfirm = await _slack.PostInteractionAsync(_host.EventsUrl, SlackFixtures.ButtonPress(confirm, "trigger-5", _slack.NewResponseUrl(), "C0MARKETING", "1700000000.000200"));
        Assert.Equal(HttpStatusCode.OK, pressConfirm.StatusCode);

        // The confirmation goes back where the card came from: the button's response_url, or a post if that is used up.
        var confirmation = await FirstCallAsync(c => c.Args["text"]?.ToString().StartsWith("Saved the goal: Leads (inquiries): 250 per week", StringComparison.Ordinal) == true);
        Assert.NotNull(confirmation);
        var goal = Assert.Single(await _bot.Services.GetRequiredService<IGoalStore>().ListAsync(new WorkspaceId(SlackStandIn.TeamId), default));
        Assert.Equal((MetricKey.Leads, 250m, 200m, "we need more inbound leads"), (goal.Metric, goal.Target, goal.Baseline!.Value, goal.AskedAs));
    }

    private async Task<ApiCall?> FirstCallAsync(Func<ApiCall, bool> match)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < until)
        {
            if (_slack.Calls.FirstOrDefault(match) is { } call)
            {
                return call;
            }

            await Task.Delay(20);
        }

        Assert.Fail("No call carried the confirmation. Calls: " + string.Join(", ", _slack.Calls.Select(c => $"{c.Method}: {c.Args["text"]}")));
        return null;
    }

    private static string Tail(string url) => url[(url.LastIndexOf('/') + 1)..];
}
