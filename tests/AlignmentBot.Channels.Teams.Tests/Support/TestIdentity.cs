using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AlignmentBot.Channels.Teams.Tests.Support;

/// <summary>
/// Stands in for login.botframework.com and Entra: RSA keys generated here, an OpenID metadata document, a keys
/// document with channel endorsements, and a client-credentials token endpoint. Tokens are minted the way the
/// Bot Connector mints them.
/// </summary>
public sealed class TestIdentity : IAsyncDisposable
{
    public const string BotAppId = "6a1f4a5e-8f4b-4a49-9d43-0f7c3a2e9b11";
    public const string BotPassword = "test-secret-not-real";
    public const string TeamsServiceUrl = "https://smba.trafficmanager.net/amer/";

    /// <summary>Endorsed for msteams and webchat.</summary>
    public RsaSecurityKey ChannelKey => Keys.Channel;

    /// <summary>Published but endorsed only for a different channel.</summary>
    public RsaSecurityKey SkypeOnlyKey => Keys.SkypeOnly;

    /// <summary>Entra's signing key for app-only (bot-to-bot) tokens: published without endorsements, as Entra does.</summary>
    public RsaSecurityKey EntraKey => Keys.Entra;

    /// <summary>Never published.</summary>
    public RsaSecurityKey UnknownKey => Keys.Unknown;

    public LoopbackServer Server { get; private set; } = null!;

    public string MetadataUrl => Server.BaseUrl + "/v1/.well-known/openidconfiguration";

    public string EntraMetadataUrl => Server.BaseUrl + "/common/v2.0/.well-known/openid-configuration";

    public string TokenEndpoint => Server.BaseUrl + "/oauth2/v2.0/token";

    /// <summary>Client-credentials requests the token endpoint has answered.</summary>
    public int TokensIssued;

    public static async Task<TestIdentity> StartAsync()
    {
        var identity = new TestIdentity();
        identity.Server = await LoopbackServer.StartAsync((app, _) => identity.Map(app));
        return identity;
    }

    public string ChannelToken(
        string? audience = BotAppId,
        string issuer = "https://api.botframework.com",
        string? serviceUrl = TeamsServiceUrl,
        DateTime? notBefore = null,
        DateTime? expires = null,
        RsaSecurityKey? key = null)
    {
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = (notBefore ?? now.AddMinutes(-1)).AddSeconds(-1),
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddHours(1),
            Claims = claims,
            SigningCredentials = new SigningCredentials(key ?? ChannelKey, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>An Entra v1 app-only token, as the token endpoint answers a bot asking for another bot (or the Connector).</summary>
    public string AppToken(string callerAppId, string audience, DateTime? expires = null)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
            Audience = audience,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = expires ?? now.AddHours(1),
            Claims = new Dictionary<string, object> { ["appid"] = callerAppId, ["ver"] = "1.0", ["tid"] = "d6d49420-f39b-4df7-a1dc-d59a935871db" },
            SigningCredentials = new SigningCredentials(EntraKey, SecurityAlgorithms.RsaSha256),
        });
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private void Map(WebApplication app)
    {
        app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext context) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = "https://api.botframework.com",
            ["jwks_uri"] = LoopbackServer.Origin(context) + "/v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        }));
        app.MapGet("/v1/.well-known/keys", () => Results.Text(Jwks(), "application/json"));
        app.MapGet("/common/v2.0/.well-known/openid-configuration", (HttpContext context) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = "https://login.microsoftonline.com/{tenantid}/v2.0",
            ["jwks_uri"] = LoopbackServer.Origin(context) + "/common/discovery/v2.0/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        app.MapGet("/common/discovery/v2.0/keys", () => Results.Text(JsonSerializer.Serialize(new { keys = new[] { Jwk(EntraKey, null) } }), "application/json"));
        app.MapPost("/oauth2/v2.0/token", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            if (form["grant_type"] != "client_credentials" || string.IsNullOrEmpty(form["client_id"]) || string.IsNullOrEmpty(form["client_secret"]))
            {
                return Results.Json(new { error = "invalid_request" }, statusCode: 400);
            }

            Interlocked.Increment(ref TokensIssued);
            var scope = form["scope"].ToString();
            var audience = scope.EndsWith("/.default", StringComparison.Ordinal) ? scope[..^"/.default".Length] : scope;
            return Results.Json(new Dictionary<string, object>
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = 3599,
                ["ext_expires_in"] = 3599,
                ["access_token"] = AppToken(form["client_id"].ToString(), audience),
            });
        });
    }

    private static Dictionary<string, object> Jwk(RsaSecurityKey key, string[]? endorsements)
    {
        var p = key.Rsa.ExportParameters(false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = key.KeyId!,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus),
            ["e"] = Base64UrlEncoder.Encode(p.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = endorsements;
        }

        return jwk;
    }

    private string Jwks()
    {
        return JsonSerializer.Serialize(new { keys = new[] { Jwk(ChannelKey, ["msteams", "webchat", "emulator"]), Jwk(SkypeOnlyKey, ["skype"]) } });
    }

    private static RsaSecurityKey NewKey(string kid) => new(RSA.Create(2048)) { KeyId = kid };

    /// <summary>Generated once per test run: RSA key generation is the slowest part of setting up a test.</summary>
    private static class Keys
    {
        public static readonly RsaSecurityKey Channel = NewKey("channel-key");
        public static readonly RsaSecurityKey SkypeOnly = NewKey("skype-key");
        public static readonly RsaSecurityKey Entra = NewKey("entra-key");
        public static readonly RsaSecurityKey Unknown = NewKey("unknown-key");
    }
}
