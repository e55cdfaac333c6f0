using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AlignmentBot.Application.Sync;
using AlignmentBot.Integrations.Crm.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Integrations.Crm.HubSpot;

/// <summary>HubSpot's CRM search endpoints with a private app's access token (Authorization: Bearer).</summary>
internal sealed class HubSpotClient(HttpClient http, RequestPacer pacer, IOptions<HubSpotOptions> options, TimeProvider time, ILogger<HubSpotClient> logger)
{
    private readonly CrmHttp _http = new(http, pacer, time, logger);

    public async Task<HubSpotSearchResponse> SearchAsync(CrmConnection connection, string objectType, HubSpotSearchRequest request, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var baseUrl = string.IsNullOrWhiteSpace(connection.Settings.BaseUrl) ? o.BaseUrl : new Uri(connection.Settings.BaseUrl.TrimEnd('/') + "/");
        var uri = new Uri(baseUrl, $"crm/v3/objects/{objectType}/search");
        var body = JsonSerializer.SerializeToUtf8Bytes(request, HubSpotJsonContext.Default.HubSpotSearchRequest);
        var policy = new CrmHttpPolicy(o.MaxRetries, TimeSpan.FromSeconds(1), o.MaxRetryAfter, o.Backoff);
        using var response = await _http.SendAsync("HubSpot", $"hubspot:{connection.WorkspaceId}", o.RequestsPerSecond, policy, () =>
        {
            var message = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", connection.Secret.Reveal());
            message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            return message;
        }, cancellationToken);

        if (response.IsSuccessStatusCode)
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            return await JsonSerializer.DeserializeAsync(stream, HubSpotJsonContext.Default.HubSpotSearchResponse, cancellationToken)
                   ?? throw new CrmSourceException(CrmFailure.Unavailable, "HubSpot answered a search with an empty body.");
        }

        throw await FailureAsync(response, objectType, connection.Secret.Reveal(), cancellationToken);
    }

    private static async Task<CrmSourceException> FailureAsync(HttpResponseMessage response, string objectType, string token, CancellationToken cancellationToken)
    {
        HubSpotError? error = null;
        try
        {
            error = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(cancellationToken), HubSpotJsonContext.Default.HubSpotError);
        }
        catch (JsonException)
        {
            // Not HubSpot's JSON (a proxy's page): the status code says enough.
        }

        var said = error?.Message is { Length: > 0 } m ? $" HubSpot said: \"{CrmValues.Scrub(m, token)}\"" + (error.CorrelationId is { } c ? $" (correlation id {c})." : ".") : string.Empty;
        const string reconnect = " An admin must connect again with a valid token: `sync connect hubspot --token-stdin` on the server, or \"connect HubSpot\" in a direct message.";
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized when error?.Category == "EXPIRED_AUTHENTICATION"
                => new CrmSourceException(CrmFailure.Unauthorized, "HubSpot says the access token has expired." + said + reconnect),
            HttpStatusCode.Unauthorized
                => new CrmSourceException(CrmFailure.Unauthorized, "HubSpot refused the access token (revoked, rotated, or not a private app token)." + said + reconnect),
            HttpStatusCode.Forbidden
                => new CrmSourceException(CrmFailure.Rejected, $"HubSpot refused to search {objectType}: the private app needs the scopes crm.objects.contacts.read and crm.objects.deals.read." + said),
            HttpStatusCode.BadRequest
                => new CrmSourceException(CrmFailure.Rejected, $"HubSpot rejected the {objectType} search." + said),
            _ => new CrmSourceException(CrmFailure.Unavailable, $"HubSpot answered {(int)response.StatusCode} to the {objectType} search." + said + " The next run continues from the last saved page."),
        };
    }
}
