using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Host.Tests.Doctor;

/// <summary>
/// Slack's Web API (auth.test with the x-oauth-scopes header, apps.connections.open), Entra's token endpoint and the
/// Bot Connector's OpenID metadata on loopback, answering as the real services do, including their errors.
/// </summary>
internal sealed class DoctorStandIn : IAsyncDisposable
{
    public const string BotToken = "xoxb-doctor-test-token";
    public const string AppToken = "xapp-doctor-test-token";
    public const string ClientSecret = "doctor-client-secret-not-real";

    private readonly WebApplication _app;

    private DoctorStandIn(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public string SlackApiUrl => BaseUrl + "/api/";

    public string TokenEndpoint => BaseUrl + "/oauth2/v2.0/token";

    public string MetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";

    /// <summary>The bot token's scopes as Slack lists them in x-oauth-scopes.</summary>
    public string[] GrantedScopes { get; set; } = [.. AlignmentBot.Channels.Slack.SlackScopes.Required];

    /// <summary>The channels the published signing key is endorsed for.</summary>
    public string[] Endorsements { get; set; } = ["msteams", "webchat"];

    public static async Task<DoctorStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var standIn = new DoctorStandIn(app);
        app.MapPost("/api/auth.test", standIn.AuthTest);
        app.MapPost("/api/apps.connections.open", (HttpContext http) => Bearer(http) == AppToken
            ? Results.Json(new { ok = true, url = "wss://wss-primary.slack.com/link/?ticket=doctor" })
            : Results.Json(new { ok = false, error = "invalid_auth" }));
        app.MapPost("/oauth2/v2.0/token", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            return form["client_secret"] == ClientSecret
                ? Results.Json(new { token_type = "Bearer", expires_in = 3599, access_token = "eyJ.doctor.token" })
                : Results.Json(new { error = "invalid_client", error_description = "AADSTS7000215: Invalid client secret provided.", error_codes = new[] { 7000215 } }, statusCode: 401);
        });
        app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext http) => Results.Json(new { issuer = "https://api.botframework.com", jwks_uri = $"{http.Request.Scheme}://{http.Request.Host}/v1/.well-known/keys" }));
        app.MapGet("/v1/.well-known/keys", () => Results.Text(standIn.Keys(), "application/json"));
        await app.StartAsync();
        standIn.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return standIn;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static string Bearer(HttpContext http) => http.Request.Headers.Authorization.ToString() is var value && value.StartsWith("Bearer ", StringComparison.Ordinal) ? value[7..] : "";

    private IResult AuthTest(HttpContext http)
    {
        // Slack sends the granted scopes on every Web API answer to a valid token.
        if (Bearer(http) != BotToken)
        {
            return Results.Json(new { ok = false, error = "invalid_auth" });
        }

        http.Response.Headers["x-oauth-scopes"] = string.Join(',', GrantedScopes);
        return Results.Json(new { ok = true, url = "https://acme.slack.com/", team = "Acme", user = "alignmentbot", team_id = "T0DOCTOR", user_id = "U0BOT", bot_id = "B0BOT" });
    }

    private string Keys()
    {
        using var rsa = RSA.Create(2048);
        var key = rsa.ExportParameters(false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = "doctor-key",
            ["n"] = Base64Url(key.Modulus!),
            ["e"] = Base64Url(key.Exponent!),
            ["endorsements"] = new JsonArray([.. Endorsements.Select(e => JsonValue.Create(e))]),
        };
        return new JsonObject { ["keys"] = new JsonArray(jwk) }.ToJsonString();
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
