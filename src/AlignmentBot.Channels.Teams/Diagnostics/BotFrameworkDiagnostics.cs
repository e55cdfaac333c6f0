using AlignmentBot.Channels.Teams.Authentication;
using AlignmentBot.Channels.Teams.Configuration;
using AlignmentBot.Channels.Teams.Connector;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Channels.Teams.Diagnostics;

/// <summary>
/// One-shot checks of the Bot Framework settings against the real endpoints, for <c>doctor</c>, through the same code
/// the bot uses: <see cref="ConnectorTokenProvider"/> for the token and <see cref="OpenIdKeyCache"/> for the keys.
/// </summary>
public static class BotFrameworkDiagnostics
{
    /// <summary>The Teams channel id the Bot Connector's keys must be endorsed for.</summary>
    public const string TeamsChannel = "msteams";

    /// <summary>An app-only token for the Bot Connector, as the bot gets one before every reply.</summary>
    public static async Task<TokenCheck> AcquireTokenAsync(HttpClient http, BotFrameworkOptions options, CancellationToken cancellationToken)
    {
        var endpoint = options.ResolveTokenEndpoint();
        using var provider = new ConnectorTokenProvider(new OneClient(http), Options.Create(options), TimeProvider.System, NullLogger<ConnectorTokenProvider>.Instance);
        try
        {
            var token = await provider.GetTokenAsync(null, cancellationToken);
            return new TokenCheck(endpoint, token is not null, null, token is null ? "not_configured" : null);
        }
        catch (ConnectorException ex)
        {
            return new TokenCheck(endpoint, false, ex.Status is { } status ? (int)status : null, ex.ErrorCode ?? ex.Message);
        }
        catch (HttpRequestException ex)
        {
            return new TokenCheck(endpoint, false, null, $"request_failed ({ex.Message})");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new TokenCheck(endpoint, false, null, "request_failed (timed out)");
        }
    }

    /// <summary>The signing keys behind <paramref name="metadataUrl"/>, and how many are endorsed for Teams.</summary>
    public static async Task<SigningKeysCheck> FetchSigningKeysAsync(HttpClient http, string metadataUrl, CancellationToken cancellationToken)
    {
        using var cache = new OpenIdKeyCache(new OneClient(http), TimeProvider.System, NullLogger<OpenIdKeyCache>.Instance);
        try
        {
            var keys = await cache.GetAsync(metadataUrl, null, cancellationToken);
            var endorsed = keys.Keys.Count(k => k.KeyId is { } kid && keys.Endorsements.TryGetValue(kid, out var channels) && channels.Contains(TeamsChannel, StringComparer.OrdinalIgnoreCase));
            return new SigningKeysCheck(metadataUrl, keys.Keys.Count, endorsed, null);
        }
        catch (SigningKeysUnavailableException ex)
        {
            return new SigningKeysCheck(metadataUrl, 0, 0, ex.InnerException is { } inner ? $"{inner.GetType().Name}: {inner.Message}" : ex.Message);
        }
    }

    private sealed class OneClient(HttpClient http) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => http;
    }
}

/// <summary>The outcome of asking the token endpoint for a Bot Connector token: OAuth error code (with Entra's AADSTS number) on failure. Holds no secret.</summary>
public sealed record TokenCheck(string Endpoint, bool Ok, int? Status, string? Error);

/// <summary>How many signing keys an OpenID metadata document leads to, and how many are endorsed for Teams.</summary>
public sealed record SigningKeysCheck(string MetadataUrl, int Keys, int EndorsedForTeams, string? Error)
{
    public bool Ok => Error is null && Keys > 0;
}
