using AlignmentBot.Channels.Slack.Tests.StandIn;

namespace AlignmentBot.Channels.Slack.Tests.EndToEnd;

/// <summary>Slack text decoded once on the way in and escaped once on the way out, through the real endpoint and Web API stand-in.</summary>
public sealed class TextFidelityTests : IAsyncLifetime
{
    private readonly ScriptedGoalBot _bot = new();
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
    public async Task DirectMessage_EntitiesAndAPersonReference_TheBotReadsWhatWasTypedAndTheEchoIsEscapedOnce()
    {
        // The person typed: a < b & c &lt; d, ask @Sam  (Slack encodes & < > and sends the mention as a reference).
        await _slack.PostEventAsync(_host.EventsUrl, SlackFixtures.DirectMessage("Ev-fidelity-1", "a &lt; b &amp; c &amp;lt; d, ask <@U0SAM0001>"));

        var post = await _slack.WaitForCallAsync("chat.postMessage");

        Assert.Equal("a < b & c &lt; d, ask <@U0SAM0001>", Assert.Single(_bot.Activities).Text);
        Assert.Equal("You said: a &lt; b &amp; c &amp;lt; d, ask <@U0SAM0001>", post.Arg("text"));
        Assert.DoesNotContain("&amp;amp;", post.Args.ToJsonString(), StringComparison.Ordinal);
    }
}
