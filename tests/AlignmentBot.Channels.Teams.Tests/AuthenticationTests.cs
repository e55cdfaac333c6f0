using System.Net;
using AlignmentBot.Channels.Teams.Tests.Support;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Teams.Tests;

/// <summary>Every check the Bot Connector requires of an inbound request, each failing alone, through the real endpoint.</summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private TestIdentity _identity = null!;
    private TeamsTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _identity = await TestIdentity.StartAsync();
        _host = await TeamsTestHost.StartAsync(_identity);
        _host.Bot.Answer = _ => TurnResult.Empty;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _identity.DisposeAsync();
    }

    [Fact]
    public async Task Post_ValidChannelToken_IsAcceptedAndTheTurnRuns()
    {
        var response = await _host.PostAsync(Fixtures.Activity("teams-personal-message.json"), _identity.ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = await _host.Bot.NextTurnAsync();
        Assert.Equal("we need more leads", turn.Text);
    }

    [Theory]
    [InlineData(3, 60)]
    [InlineData(-60, -3)]
    public async Task Post_TokenWithinTheFiveMinuteSkew_IsAccepted(int notBeforeMinutes, int expiresMinutes)
    {
        var token = _identity.ChannelToken(notBefore: DateTime.UtcNow.AddMinutes(notBeforeMinutes), expires: DateTime.UtcNow.AddMinutes(expiresMinutes));

        var response = await _host.PostAsync(Fixtures.Activity("teams-personal-message.json"), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string> RejectedTokens => new()
    {
        "expired",
        "not yet valid",
        "wrong audience",
        "no audience",
        "wrong issuer",
        "unknown key",
        "key not endorsed for the channel",
        "serviceUrl mismatch",
        "no serviceurl claim",
        "missing header",
        "basic scheme",
        "not a jwt",
        "tampered payload",
        "unsigned",
    };

    [Theory]
    [MemberData(nameof(RejectedTokens))]
    public async Task Post_BadToken_Is401WithNoDetailAndNoTurn(string problem)
    {
        var now = DateTime.UtcNow;
        string? bearer = problem switch
        {
            "expired" => _identity.ChannelToken(notBefore: now.AddHours(-2), expires: now.AddMinutes(-6)),
            "not yet valid" => _identity.ChannelToken(notBefore: now.AddMinutes(6), expires: now.AddHours(1)),
            "wrong audience" => _identity.ChannelToken(audience: "00000000-1111-2222-3333-444444444444"),
            "no audience" => _identity.ChannelToken(audience: null),
            "wrong issuer" => _identity.ChannelToken(issuer: "https://evil.example.com"),
            "unknown key" => _identity.ChannelToken(key: _identity.UnknownKey),
            "key not endorsed for the channel" => _identity.ChannelToken(key: _identity.SkypeOnlyKey),
            "serviceUrl mismatch" => _identity.ChannelToken(serviceUrl: "https://attacker.example.com/amer/"),
            "no serviceurl claim" => _identity.ChannelToken(serviceUrl: null),
            "not a jwt" => "definitely-not-a-token",
            "tampered payload" => Tamper(_identity.ChannelToken()),
            "unsigned" => Unsigned(_identity.ChannelToken()),
            _ => null,
        };

        var response = await _host.PostAsync(Fixtures.Activity("teams-personal-message.json"), bearer, request =>
        {
            if (problem == "basic scheme")
            {
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", "dXNlcjpwYXNz");
            }
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Empty(_host.Bot.Turns);
        Assert.Contains(_host.Logs.Entries, e => e.Message.Contains("Refused /api/messages", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_TokenForAnotherChannelThanTheActivityClaims_IsRefused()
    {
        // The key is endorsed for msteams, webchat and emulator, not for "slack".
        var activity = Fixtures.Activity("teams-personal-message.json", a => a["channelId"] = "slack");

        var response = await _host.PostAsync(activity, _identity.ChannelToken());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_RefusedRequests_NeverLogTheToken()
    {
        var token = _identity.ChannelToken(audience: "00000000-1111-2222-3333-444444444444");

        await _host.PostAsync(Fixtures.Activity("teams-personal-message.json"), token);

        Assert.DoesNotContain(token.Split('.')[2], _host.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BotToBotTokenFromACallerNotAllowed_IsRefused()
    {
        var token = _identity.AppToken("0f0f0f0f-0000-4000-8000-000000000001", TestIdentity.BotAppId);

        var response = await _host.PostAsync(Fixtures.Activity("teams-personal-message.json"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_SigningKeysUnreachable_Is503SoTheChannelRetriesAndNoTurnRuns()
    {
        await using var host = await TeamsTestHost.StartAsync(_identity, s => s["BotFramework:OpenIdMetadataUrl"] = "http://127.0.0.1:1/v1/.well-known/openidconfiguration");

        var response = await host.PostAsync(Fixtures.Activity("teams-personal-message.json"), _identity.ChannelToken());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(host.Bot.Turns);
        Assert.Contains(host.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error && e.Message.Contains("signing keys", StringComparison.Ordinal));
    }

    private static string Tamper(string jwt)
    {
        var parts = jwt.Split('.');
        var payload = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(parts[1]).Replace("https://smba", "https://smbx", StringComparison.Ordinal);
        return $"{parts[0]}.{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(payload)}.{parts[2]}";
    }

    private static string Unsigned(string jwt)
    {
        var parts = jwt.Split('.');
        return $"{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{parts[1]}.";
    }
}
