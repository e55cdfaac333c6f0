using AlignmentBot.Channels.Slack.Tests.StandIn;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Channels.Slack.Tests.WebApi;

/// <summary>A reminder to someone who never wrote to the bot: conversations.open on the stand-in, then chat.postMessage with Block Kit into the DM.</summary>
public sealed class SlackReminderDirectMessageTests : IAsyncLifetime
{
    private SlackStandIn _slack = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _slack = await SlackStandIn.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = SlackStandIn.BotToken,
            ["Slack:SocketMode"] = "false",
            ["Slack:ApiBaseUrl"] = _slack.ApiUrl.TrimEnd('/'),
        }).Build();
        _services = new ServiceCollection().AddLogging().AddSlackChannel(configuration).BuildServiceProvider(validateScopes: true);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task OpenThenSend_OpensTheDirectMessageAndPostsTheCardIntoIt()
    {
        var opener = _services.GetServices<IDirectMessages>().Single(d => d.ChannelId == "slack");
        var sender = _services.GetServices<IMessageSender>().Single(s => s.ChannelId == "slack");

        var address = await opener.OpenAsync(SlackStandIn.TeamId, "U0PRIYA", null, null, CancellationToken.None);
        Assert.NotNull(address);
        var card = new Card("Your numbers: 2 goals",
            [new TextBlock("Fill in what you have; one press records them all."), new TextInput("n:1", "Marketing qualified leads for the week of 30 Nov?", Kind: InputKind.Number)],
            [new CardAction("Record", "reminder.record", new Dictionary<string, string> { ["goals"] = "1/2026-11-30" }, ActionStyle.Primary), new CardAction("Snooze", "reminder.snooze")]);
        var result = await sender.SendAsync(address, new OutgoingMessage("Time for your numbers.", card), CancellationToken.None);

        Assert.True(result.Delivered);
        Assert.Equal("U0PRIYA", Assert.Single(_slack.CallsTo("conversations.open")).Arg("users"));
        var post = Assert.Single(_slack.CallsTo("chat.postMessage"));
        Assert.Equal(("D0PRIYA", false), (post.Arg("channel"), address.IsGroup));
        Assert.True(post.Args.ContainsKey("blocks"));
    }

    [Fact]
    public async Task Open_SlackRefuses_ReturnsNull()
    {
        _slack.Script("conversations.open", _ => SlackStandIn.Error("user_not_found"));
        var opener = _services.GetServices<IDirectMessages>().Single(d => d.ChannelId == "slack");

        Assert.Null(await opener.OpenAsync(SlackStandIn.TeamId, "U0GONE", null, null, CancellationToken.None));
    }
}
