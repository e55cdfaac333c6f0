using AlignmentBot.Channels.Teams.Connector;
using AlignmentBot.Conversations.Messages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Channels.Teams.Tests;

/// <summary>Whether the "msteams" sender can post from this process at all, as digests ask before claiming a period.</summary>
public sealed class TeamsSenderConfigurationTests
{
    private static readonly ConversationAddress RealTeams = new("msteams", "tenant-1", "19:general@thread.tacv2", ServiceUrl: "https://smba.trafficmanager.net/amer/", BotId: "28:bot");
    private static readonly ConversationAddress OnThisMachine = RealTeams with { ServiceUrl = "http://127.0.0.1:56000/" };

    [Fact]
    public void CannotPostTo_NoMicrosoftAppId_RefusesTheRealConnectorButNotOneOnThisMachine()
    {
        using var services = Services(new Dictionary<string, string?>());
        var sender = services.GetRequiredService<TeamsMessageSender>();

        Assert.Equal("Teams is not configured here: MicrosoftAppId (and its password) is not set, so the Bot Connector would refuse the post.", sender.CannotPostTo(RealTeams));
        Assert.Null(sender.CannotPostTo(OnThisMachine));
    }

    [Fact]
    public void CannotPostTo_WithAnAppId_PostsAnywhere()
    {
        using var services = Services(new Dictionary<string, string?> { ["MicrosoftAppId"] = "8f6c3a52-4a8e-4d2b-9a63-0d1f3c1b7e21", ["MicrosoftAppPassword"] = "secret" });

        Assert.Null(services.GetRequiredService<TeamsMessageSender>().CannotPostTo(RealTeams));
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTeamsChannel(configuration);
        return services.BuildServiceProvider();
    }
}
