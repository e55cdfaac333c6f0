using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using AlignmentBot.Channels.Teams.Activities;
using AlignmentBot.Channels.Teams.Connector;
using AlignmentBot.Channels.Teams.Tests.Support;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Channels.Teams.Tests;

/// <summary>
/// No MicrosoftAppId: /api/messages serves this machine only, in the local workspace only, and answers to this machine
/// only. Every refusal through the real endpoint on loopback, with a Connector stand-in that must never be called.
/// </summary>
public sealed class AnonymousLocalModeTests : IAsyncLifetime
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private ConnectorStandIn _connector = null!;
    private TeamsTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await ConnectorStandIn.StartAsync();
        _host = await TeamsTestHost.StartAsync(identity: null);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Post_LoopbackCallerAndLoopbackServiceUrl_RunsInTheLocalWorkspaceAndTheReplyReachesThisMachineWithoutAToken()
    {
        var response = await _host.PostAsync(Message());

        Assert.True(response.StatusCode == HttpStatusCode.OK, _host.Logs.All);
        var turn = await _host.Bot.NextTurnAsync();
        Assert.Equal(ActivityMapper.LocalWorkspace, turn.Conversation.WorkspaceId);
        var call = await _connector.NextCallAsync();
        Assert.Equal("echo: we need more leads", ConnectorStandIn.Body(call)["text"]!.GetValue<string>());
        Assert.Equal("", call.Authorization);
    }

    [Fact]
    public async Task Post_HostHeaderLocalhost_IsAccepted()
    {
        var port = new Uri(_host.BaseUrl).Port;

        var response = await _host.PostAsync(Message(), configure: r => r.Headers.Host = $"localhost:{port}");

        Assert.True(response.StatusCode == HttpStatusCode.OK, _host.Logs.All);
        await _host.Bot.NextTurnAsync();
    }

    [Fact]
    public async Task Post_NoServiceUrlAndExpectReplies_AnswersInTheResponseAndCallsNobody()
    {
        var activity = Fixtures.Activity("teams-personal-message.json", a =>
        {
            a.Remove("serviceUrl");
            a["deliveryMode"] = "expectReplies";
        });

        var response = await _host.PostAsync(activity);

        Assert.True(response.StatusCode == HttpStatusCode.OK, _host.Logs.All);
        var replies = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        Assert.Equal("echo: we need more leads", Assert.Single(replies)!["text"]!.GetValue<string>());
        Assert.Empty(_connector.Calls);
    }

    [Theory]
    [InlineData("teams-personal-message.json")]
    [InlineData("teams-invoke-adaptive-card-action.json")]
    [InlineData("teams-message-submit-value.json")]
    public async Task Post_BodyNamesATenant_TheTurnIsStillInTheLocalWorkspace(string fixture)
    {
        _host.Bot.Answer = _ => TurnResult.Empty;
        var activity = Fixtures.Activity(fixture, a =>
        {
            a["serviceUrl"] = _connector.ServiceUrl;
            a["conversation"]!["tenantId"] = Tenant;
            a["channelData"]!["tenant"] = new JsonObject { ["id"] = Tenant };
        });

        var response = await _host.PostAsync(activity);

        Assert.True(response.StatusCode == HttpStatusCode.OK, _host.Logs.All);
        var turn = await _host.Bot.NextTurnAsync();
        Assert.Equal(ActivityMapper.LocalWorkspace, turn.Conversation.WorkspaceId);
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.9")]
    [InlineData("X-Forwarded-Host", "bot.example.com")]
    [InlineData("X-Forwarded-Proto", "https")]
    [InlineData("Forwarded", "for=203.0.113.9")]
    [InlineData("X-Real-IP", "203.0.113.9")]
    public async Task Post_ForwardingHeader_IsRefusedAndNothingRunsOrIsSent(string header, string value)
    {
        var response = await _host.PostAsync(Message(), configure: r => r.Headers.Add(header, value));

        AssertRefused(response, $"the request carries {header}");
    }

    [Theory]
    [InlineData("attacker.example")]
    [InlineData("localhost.attacker.example")]
    [InlineData("127.0.0.1.nip.io")]
    [InlineData("10.0.0.5")]
    public async Task Post_HostHeaderNotThisMachine_IsRefusedAsDnsRebinding(string hostHeader)
    {
        var response = await _host.PostAsync(Message(), configure: r => r.Headers.Host = hostHeader);

        AssertRefused(response, $"the Host header names {hostHeader}");
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("http://10.0.0.5/api/")]
    [InlineData("http://169.254.169.254/metadata/")]
    [InlineData("http://localhost.attacker.example/")]
    [InlineData("not a url")]
    public async Task Post_ServiceUrlNotOnThisMachine_IsRefusedAndNothingRunsOrIsSent(string serviceUrl)
    {
        var response = await _host.PostAsync(Fixtures.Activity("teams-personal-message.json", a => a["serviceUrl"] = serviceUrl));

        AssertRefused(response, "serviceUrl is not on this machine");
    }

    [Fact]
    public async Task Send_ProactiveToAServiceUrlElsewhere_IsRefusedBeforeAnyConnection()
    {
        // Every connection the Connector client opens lands on the stand-in, whatever host the URL names: so a call
        // to "elsewhere" would be recorded if the policy let it go.
        await using var host = await TeamsTestHost.StartAsync(identity: null, services: s => s.AddHttpClient<ConnectorClient>()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { ConnectCallback = (_, ct) => ConnectToAsync(_connector.Server.BaseUrl, ct) }));
        var sender = host.Services.GetRequiredService<TeamsMessageSender>();
        var control = await sender.SendAsync(Address("http://127.0.0.1:9/amer/"), new OutgoingMessage("to this machine"), CancellationToken.None);
        Assert.True(control.Delivered, host.Logs.All);

        var result = await sender.SendAsync(Address("http://connector.example.net/amer/"), new OutgoingMessage("elsewhere"), CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.True(result.Permanent);
        Assert.Contains("replies go to this machine only, not to connector.example.net", result.Error, StringComparison.Ordinal);
        Assert.Equal("to this machine", ConnectorStandIn.Body(Assert.Single(_connector.Calls))["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"text\":\"no type\"}")]
    public async Task Post_NotAnActivity_Is400(string body)
    {
        var response = await _host.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public void Startup_NoAppId_SaysClearlyThatOnlyThisMachineAndTheLocalWorkspaceAreServed()
    {
        Assert.Contains(_host.Logs.Entries, e => e.Level == LogLevel.Warning
            && e.Message.Contains("authentication is OFF", StringComparison.Ordinal)
            && e.Message.Contains("this machine", StringComparison.Ordinal)
            && e.Message.Contains($"workspace '{ActivityMapper.LocalWorkspace}'", StringComparison.Ordinal));
    }

    private string Message() => Fixtures.Activity("teams-personal-message.json", a => a["serviceUrl"] = _connector.ServiceUrl);

    private void AssertRefused(HttpResponseMessage response, string reason)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_host.Bot.Turns);
        Assert.Empty(_connector.Calls);
        Assert.Contains(_host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("Refused /api/messages", StringComparison.Ordinal) && e.Message.Contains(reason, StringComparison.Ordinal));
    }

    private static ConversationAddress Address(string serviceUrl)
        => new("msteams", ActivityMapper.LocalWorkspace, "19:local@thread.tacv2", ServiceUrl: serviceUrl, BotId: "28:bot", IsGroup: true);

    private static async ValueTask<Stream> ConnectToAsync(string baseUrl, CancellationToken cancellationToken)
    {
        var target = new Uri(baseUrl);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(IPAddress.Loopback, target.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
