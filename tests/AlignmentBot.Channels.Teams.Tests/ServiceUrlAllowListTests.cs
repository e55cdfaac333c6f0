using System.Net;
using AlignmentBot.Channels.Teams.Configuration;
using AlignmentBot.Channels.Teams.Connector;
using AlignmentBot.Channels.Teams.Tests.Support;
using AlignmentBot.Conversations.Messages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Channels.Teams.Tests;

/// <summary>
/// With an app id, the bot calls only allowed Bot Connector hosts, whatever serviceUrl an activity or a stored
/// address names. The test host allows 127.0.0.1 (where the Connector stand-in listens); the same stand-in reached
/// as "localhost" is another host, so a call there would be recorded if the policy let it go.
/// </summary>
public sealed class ServiceUrlAllowListTests : ConnectedHostTest
{
    private string Elsewhere => Connector.ServiceUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);

    [Fact]
    public async Task Message_SignedServiceUrlOnAHostNotAllowed_TheReplyIsNeverSent()
    {
        var activity = Fixtures.Activity("teams-personal-message.json", a => a["serviceUrl"] = Elsewhere);

        var response = await Host.PostAsync(activity, Identity.ChannelToken(serviceUrl: Elsewhere));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Host.Bot.NextTurnAsync();
        var logged = await WaitForLogAsync("was not delivered");
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Contains("localhost is not an allowed Bot Connector host (BotFramework:AllowedServiceUrlHosts)", logged.Message, StringComparison.Ordinal);
        Assert.Empty(Connector.Calls);
        Assert.Equal(0, Identity.TokensIssued);
    }

    [Fact]
    public async Task Send_StoredAddressOnAHostNotAllowed_FailsPermanentlyAndOnlyTheAllowedOneArrives()
    {
        var sender = Host.Services.GetRequiredService<TeamsMessageSender>();

        var allowed = await sender.SendAsync(Address(Connector.ServiceUrl), new OutgoingMessage("allowed"), CancellationToken.None);
        var refused = await sender.SendAsync(Address(Elsewhere), new OutgoingMessage("refused"), CancellationToken.None);

        Assert.True(allowed.Delivered, Host.Logs.All);
        Assert.False(refused.Delivered);
        Assert.True(refused.Permanent);
        Assert.Equal("allowed", ConnectorStandIn.Body(Assert.Single(Connector.Calls))["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("https://webchat.botframework.com/")]
    [InlineData("https://directline.botframework.com/")]
    [InlineData("https://SMBA.TrafficManager.NET/emea/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc/")]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/")]
    [InlineData("https://smba.infra.dod.teams.microsoft.us/")]
    [InlineData("https://directline.botframework.azure.us/")]
    public void DefaultHosts_BotConnectorServiceUrl_IsAllowed(string serviceUrl)
    {
        Assert.Null(Policy().Problem(serviceUrl));
    }

    [Theory]
    [InlineData("https://attacker.example/amer/", "attacker.example is not an allowed Bot Connector host")]
    [InlineData("https://smba.trafficmanager.net.attacker.example/amer/", "is not an allowed Bot Connector host")]
    [InlineData("https://attackerbotframework.com/", "is not an allowed Bot Connector host")]
    [InlineData("https://botframework.com/", "is not an allowed Bot Connector host")]
    [InlineData("https://127.0.0.1/amer/", "is not an allowed Bot Connector host")]
    [InlineData("https://169.254.169.254/metadata/", "is not an allowed Bot Connector host")]
    [InlineData("http://smba.trafficmanager.net/amer/", "is not https")]
    [InlineData("https://me:pw@smba.trafficmanager.net/amer/", "not an http(s) address")]
    [InlineData("ftp://smba.trafficmanager.net/", "not an http(s) address")]
    [InlineData("/amer/", "not an http(s) address")]
    [InlineData("", "not an http(s) address")]
    public void DefaultHosts_AnyOtherServiceUrl_IsRefusedWithTheReason(string serviceUrl, string reason)
    {
        Assert.Contains(reason, Policy().Problem(serviceUrl), StringComparison.Ordinal);
    }

    [Fact]
    public void ConfiguredHosts_ReplaceTheDefaults()
    {
        var options = new BotFrameworkOptions { MicrosoftAppId = TestIdentity.BotAppId, AllowedServiceUrlHosts = ["smba.infra.gcc.teams.microsoft.com"] };
        var policy = new ServiceUrlPolicy(Options.Create(options));

        Assert.Null(policy.Problem("https://smba.infra.gcc.teams.microsoft.com/gcc/"));
        Assert.NotNull(policy.Problem("https://smba.trafficmanager.net/amer/"));
    }

    private static ServiceUrlPolicy Policy() => new(Options.Create(new BotFrameworkOptions { MicrosoftAppId = TestIdentity.BotAppId }));

    private static ConversationAddress Address(string serviceUrl)
        => new("msteams", Tenant, "19:8c1d3e5f7a9b4c6d8e0f2a4b6c8d0e2f@thread.tacv2", ServiceUrl: serviceUrl, BotId: "28:6a1f4a5e-8f4b-4a49-9d43-0f7c3a2e9b11", IsGroup: true);

    private Task<(LogLevel Level, string Category, string Message, Exception? Exception)> WaitForLogAsync(string text) => Host.Logs.WaitForAsync(text);
}
