using System.Collections.Concurrent;
using System.Net.Http.Json;
using AlignmentBot.Channels.Teams.Configuration;
using AlignmentBot.Channels.Teams.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Channels.Teams.Connector;

/// <summary>
/// App-only tokens for calls to the Bot Connector (or to a calling bot): client credentials against Entra for
/// MultiTenant and SingleTenant apps, the managed-identity endpoint for UserAssignedMSI. Cached per audience
/// until five minutes before expiry.
/// </summary>
internal sealed class ConnectorTokenProvider(IHttpClientFactory httpClients, IOptions<BotFrameworkOptions> options, TimeProvider time, ILogger<ConnectorTokenProvider> logger) : IDisposable
{
    public const string HttpClientName = "BotFramework.Token";
    private static readonly TimeSpan RefreshBeforeExpiry = TimeSpan.FromMinutes(5);

    private readonly BotFrameworkOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset ExpiresAt)> _cache = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    public void Dispose() => _gate.Dispose();

    /// <returns>The bearer token, or null when authentication is off (local development).</returns>
    public async Task<string?> GetTokenAsync(string? audience, CancellationToken cancellationToken)
    {
        if (!_options.AuthenticationEnabled)
        {
            return null;
        }

        audience ??= _options.OAuthScope;
        if (TryGetCached(audience, out var token))
        {
            return token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (TryGetCached(audience, out token))
            {
                return token;
            }

            var (accessToken, lifetime) = await RequestAsync(audience, cancellationToken);
            _cache[audience] = (accessToken, time.GetUtcNow() + lifetime);
            return accessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>After a 401 from the Connector: the token may have been revoked early.</summary>
    public void Invalidate(string? audience) => _cache.TryRemove(audience ?? _options.OAuthScope, out _);

    private bool TryGetCached(string audience, out string? token)
    {
        token = null;
        if (_cache.TryGetValue(audience, out var entry) && time.GetUtcNow() < entry.ExpiresAt - RefreshBeforeExpiry)
        {
            token = entry.Token;
            return true;
        }

        return false;
    }

    private async Task<(string Token, TimeSpan Lifetime)> RequestAsync(string audience, CancellationToken cancellationToken)
    {
        var http = httpClients.CreateClient(HttpClientName);
        using var request = _options.MicrosoftAppType == BotAppType.UserAssignedMSI
            ? ManagedIdentityRequest(audience)
            : ClientCredentialsRequest(audience);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // The body may echo request details; keep only the OAuth error code and Entra's AADSTS number, which say
            // what to fix (invalid_client AADSTS7000215: wrong secret) and carry nothing secret.
            var error = await OAuthErrorAsync(response, cancellationToken);
            logger.LogError("Token request for {Audience} failed with HTTP {Status} {Error}", audience, (int)response.StatusCode, error);
            throw new ConnectorException($"Token endpoint answered HTTP {(int)response.StatusCode}{(error is null ? "" : $" ({error})")}", response.StatusCode, error, permanent: (int)response.StatusCode is >= 400 and < 500);
        }

        var body = await response.Content.ReadFromJsonAsync(TeamsJsonContext.Default.TokenResponse, cancellationToken);
        if (string.IsNullOrEmpty(body?.AccessToken))
        {
            throw new ConnectorException("Token endpoint answered without an access_token", response.StatusCode, null, permanent: false);
        }

        return (body.AccessToken, TimeSpan.FromSeconds(body.ExpiresIn is > 0 ? body.ExpiresIn.Value : 3600));
    }

    /// <summary>"invalid_client AADSTS7000215" from an OAuth error body, or <see langword="null"/>.</summary>
    private static async Task<string?> OAuthErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            if (body.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object
                || !body.RootElement.TryGetProperty("error", out var error) || error.ValueKind != System.Text.Json.JsonValueKind.String)
            {
                return null;
            }

            var code = body.RootElement.TryGetProperty("error_codes", out var codes) && codes.ValueKind == System.Text.Json.JsonValueKind.Array
                && codes.GetArrayLength() > 0 && codes[0].TryGetInt32(out var number)
                ? $" AADSTS{number}"
                : "";
            return error.GetString() + code;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private HttpRequestMessage ClientCredentialsRequest(string audience) => new(HttpMethod.Post, _options.ResolveTokenEndpoint())
    {
        Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = _options.MicrosoftAppId!,
            ["client_secret"] = _options.MicrosoftAppPassword ?? "",
            ["scope"] = audience.TrimEnd('/') + "/.default",
        }),
    };

    private HttpRequestMessage ManagedIdentityRequest(string audience)
    {
        var url = $"{_options.ResolveTokenEndpoint()}?api-version=2018-02-01&resource={Uri.EscapeDataString(audience)}&client_id={Uri.EscapeDataString(_options.MicrosoftAppId!)}";
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Metadata", "true");
        return request;
    }
}
