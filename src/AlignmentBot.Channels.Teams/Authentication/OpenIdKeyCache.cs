using System.Collections.Concurrent;
using System.Net.Http.Json;
using AlignmentBot.Channels.Teams.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace AlignmentBot.Channels.Teams.Authentication;

/// <summary>
/// Signing keys per OpenID metadata URL, fetched with the endorsements in the same request (the SDK's
/// EndorsementsRetriever reads the same keys document). Kept for a day; a token with a key id we do not know
/// triggers one early refresh, at most every five minutes, so a key rollover is picked up without letting
/// forged key ids hammer the metadata endpoint.
/// </summary>
internal sealed class OpenIdKeyCache(IHttpClientFactory httpClients, TimeProvider time, ILogger<OpenIdKeyCache> logger) : IDisposable
{
    public const string HttpClientName = "BotFramework.OpenId";
    private static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);
    private static readonly TimeSpan MinRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, SigningKeys> _cache = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _refresh = new(1, 1);

    public void Dispose() => _refresh.Dispose();

    public async Task<SigningKeys> GetAsync(string metadataUrl, string? wantedKid, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(metadataUrl, out var cached) && now - cached.FetchedAt < MaxAge && (wantedKid is null || cached.Contains(wantedKid) || now - cached.FetchedAt < MinRefreshInterval))
        {
            return cached;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have refreshed while we waited.
            if (_cache.TryGetValue(metadataUrl, out cached) && (cached.FetchedAt > now || (wantedKid is not null && cached.Contains(wantedKid))))
            {
                return cached;
            }

            try
            {
                var fresh = await FetchAsync(metadataUrl, cancellationToken);
                _cache[metadataUrl] = fresh;
                return fresh;
            }
            catch (Exception ex) when (cached is null && IsFetchFailure(ex) && !cancellationToken.IsCancellationRequested)
            {
                throw new SigningKeysUnavailableException($"fetching signing keys from {metadataUrl} failed ({ex.GetType().Name})", ex);
            }
            catch (Exception ex) when (cached is not null && IsFetchFailure(ex) && !cancellationToken.IsCancellationRequested)
            {
                // Keep validating with the keys we have; the metadata endpoint being briefly down must not stop the bot.
                logger.LogWarning(ex, "Refreshing signing keys from {MetadataUrl} failed; keeping the keys fetched at {FetchedAt}", metadataUrl, cached.FetchedAt);
                _cache[metadataUrl] = cached with { FetchedAt = time.GetUtcNow() - MaxAge + MinRefreshInterval };
                return cached;
            }
        }
        finally
        {
            _refresh.Release();
        }
    }

    private static bool IsFetchFailure(Exception ex)
        => ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException or InvalidOperationException or ArgumentException;

    private async Task<SigningKeys> FetchAsync(string metadataUrl, CancellationToken cancellationToken)
    {
        var http = httpClients.CreateClient(HttpClientName);
        var metadata = await http.GetFromJsonAsync(metadataUrl, TeamsJsonContext.Default.OpenIdMetadata, cancellationToken)
            ?? throw new InvalidOperationException("Empty OpenID metadata document.");
        if (!Uri.TryCreate(new Uri(metadataUrl), metadata.JwksUri, out var jwksUri))
        {
            throw new InvalidOperationException("The OpenID metadata document has no jwks_uri.");
        }

        var json = await http.GetStringAsync(jwksUri, cancellationToken);
        var keys = new JsonWebKeySet(json).GetSigningKeys();
        var document = System.Text.Json.JsonSerializer.Deserialize(json, TeamsJsonContext.Default.JwksDocument);
        var endorsements = (document?.Keys ?? [])
            .Where(k => k.Kid is not null && k.Endorsements is not null)
            .GroupBy(k => k.Kid!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.SelectMany(k => k.Endorsements!).ToArray(), StringComparer.Ordinal);
        logger.LogInformation("Fetched {KeyCount} signing keys from {MetadataUrl}", keys.Count, metadataUrl);
        return new SigningKeys([.. keys], endorsements, time.GetUtcNow());
    }
}
