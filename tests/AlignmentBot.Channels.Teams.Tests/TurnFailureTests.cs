using System.Net;
using System.Text.Json.Nodes;
using AlignmentBot.Channels.Teams.Tests.Support;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Channels.Teams.Tests;

/// <summary>A turn that fails apologises on every Bot Framework path: in the background, in the response body, in an invoke.</summary>
public sealed class TurnFailureTests : IAsyncLifetime
{
    private TestIdentity _identity = null!;
    private ConnectorStandIn _connector = null!;

    public enum Failure
    {
        BotThrows,
        BotCannotBeCreated,
    }

    public async Task InitializeAsync()
    {
        _identity = await TestIdentity.StartAsync();
        _connector = await ConnectorStandIn.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _identity.DisposeAsync();
    }

    [Theory]
    [InlineData(Failure.BotThrows)]
    [InlineData(Failure.BotCannotBeCreated)]
    public async Task BackgroundMessage_TurnFails_PostsTheApologyThroughTheConnector(Failure failure)
    {
        await using var host = await StartAsync(failure);

        var response = await PostAsync(host, "teams-personal-message.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await _connector.NextCallAsync();
        Assert.Equal("POST", reply.Method);
        Assert.Equal(TurnApology.Text, ConnectorStandIn.Body(reply)["text"]!.GetValue<string>());
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Error && e.Exception?.Message == "storage is down");
    }

    [Theory]
    [InlineData(Failure.BotThrows)]
    [InlineData(Failure.BotCannotBeCreated)]
    public async Task ExpectReplies_TurnFails_Answers200WithTheApology(Failure failure)
    {
        await using var host = await StartAsync(failure);

        var response = await PostAsync(host, "teams-personal-message.json", a => a["deliveryMode"] = "expectReplies");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        Assert.Equal(TurnApology.Text, Assert.Single(activities)!["text"]!.GetValue<string>());
        Assert.Empty(_connector.Calls);
    }

    [Theory]
    [InlineData(Failure.BotThrows)]
    [InlineData(Failure.BotCannotBeCreated)]
    public async Task ActionExecute_TurnFails_AnswersTheApologyAsTheInvokeMessage(Failure failure)
    {
        await using var host = await StartAsync(failure);

        var response = await PostAsync(host, "teams-invoke-adaptive-card-action.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        Assert.Equal(TurnApology.Text, body["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task BackgroundMessage_ConnectorRefusesTheReply_IsLoggedWithTheReason()
    {
        await using var host = await StartAsync(null);
        _connector.Failures.Enqueue((403, null, "MessageWritesBlocked"));

        await PostAsync(host, "teams-personal-message.json");

        await _connector.NextCallAsync();
        var logged = await host.Logs.WaitForAsync("was not delivered");
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Contains("HTTP 403 (MessageWritesBlocked)", logged.Message, StringComparison.Ordinal);
    }

    private Task<TeamsTestHost> StartAsync(Failure? failure) => failure switch
    {
        Failure.BotCannotBeCreated => TeamsTestHost.StartAsync(_identity, services: s => s.AddSingleton<IBot>(_ => throw new InvalidOperationException("storage is down"))),
        _ => StartThrowingAsync(failure is not null),
    };

    private async Task<TeamsTestHost> StartThrowingAsync(bool throws)
    {
        var host = await TeamsTestHost.StartAsync(_identity);
        if (throws)
        {
            host.Bot.Answer = _ => throw new InvalidOperationException("storage is down");
        }

        return host;
    }

    private Task<HttpResponseMessage> PostAsync(TeamsTestHost host, string fixture, Action<JsonObject>? change = null)
    {
        var activity = Fixtures.Activity(fixture, a =>
        {
            a["serviceUrl"] = _connector.ServiceUrl;
            change?.Invoke(a);
        });
        return host.PostAsync(activity, _identity.ChannelToken(serviceUrl: _connector.ServiceUrl));
    }
}
