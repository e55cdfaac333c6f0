using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AlignmentBot.Application.Sync;
using AlignmentBot.Integrations.Crm.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Integrations.Crm.Salesforce;

/// <summary>
/// The REST query resource (SOQL, then queryMore through nextRecordsUrl). A 401 INVALID_SESSION_ID signs in again once
/// and repeats the call; a second one fails the run with a clear reason. Sforce-Limit-Info is passed back for the run's log.
/// </summary>
internal sealed class SalesforceClient(HttpClient http, RequestPacer pacer, SalesforceAuthenticator authenticator, IOptions<SalesforceOptions> options, TimeProvider time, ILogger<SalesforceClient> logger)
{
    private readonly CrmHttp _http = new(http, pacer, time, logger);

    public Task<(SalesforceQueryResponse Response, string? Usage)> QueryAsync(CrmConnection connection, string soql, CancellationToken cancellationToken)
        => GetAsync(connection, s => new Uri(s.InstanceUrl, $"services/data/v{options.Value.ApiVersion}/query?q={Uri.EscapeDataString(soql)}"), cancellationToken);

    public Task<(SalesforceQueryResponse Response, string? Usage)> QueryMoreAsync(CrmConnection connection, string nextRecordsUrl, CancellationToken cancellationToken)
        => GetAsync(connection, s => new Uri(s.InstanceUrl, nextRecordsUrl), cancellationToken);

    private async Task<(SalesforceQueryResponse, string?)> GetAsync(CrmConnection connection, Func<SalesforceSession, Uri> address, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var policy = new CrmHttpPolicy(o.MaxRetries, TimeSpan.FromSeconds(5), o.MaxRetryAfter, o.Backoff);
        var batch = Math.Clamp(o.BatchSize, 200, 2000).ToString(CultureInfo.InvariantCulture);
        var session = await authenticator.SessionAsync(connection, renew: false, cancellationToken);
        for (var signedInAgain = false; ; signedInAgain = true)
        {
            var current = session;
            using var response = await _http.SendAsync("Salesforce", $"salesforce:{connection.WorkspaceId}", 0, policy, () =>
            {
                var message = new HttpRequestMessage(HttpMethod.Get, address(current));
                message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", current.AccessToken);
                message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                message.Headers.TryAddWithoutValidation("Sforce-Query-Options", "batchSize=" + batch);
                return message;
            }, cancellationToken);

            var usage = Usage(response);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return (JsonSerializer.Deserialize(body, SalesforceJsonContext.Default.SalesforceQueryResponse)
                        ?? throw new CrmSourceException(CrmFailure.Unavailable, "Salesforce answered a query with an empty body."), usage);
            }

            var errors = Errors(body);
            var error = errors.Count > 0 ? errors[0] : null;
            if (response.StatusCode == HttpStatusCode.Unauthorized && !signedInAgain)
            {
                logger.LogInformation("Salesforce reported the session invalid ({Code}); signing in again", error?.ErrorCode);
                session = await authenticator.SessionAsync(connection, renew: true, cancellationToken);
                continue;
            }

            throw Failure(response.StatusCode, error, usage);
        }
    }

    private static Exception Failure(HttpStatusCode status, SalesforceError? error, string? usage)
    {
        var said = error is null ? $" (HTTP {(int)status})" : $" ({error.ErrorCode}: {error.Message})";
        return (status, error?.ErrorCode) switch
        {
            (_, "INVALID_QUERY_LOCATOR") => new QueryLocatorExpiredException(),
            (HttpStatusCode.Unauthorized, _) => new CrmSourceException(CrmFailure.Unauthorized,
                $"Salesforce refused the session even after signing in again{said}: the connected app's policies may have revoked it, or the user lost API access. An admin must fix the connected app and connect again: `sync connect salesforce ...`."),
            (_, "REQUEST_LIMIT_EXCEEDED") => new CrmSourceException(CrmFailure.ApiLimitExceeded,
                $"Salesforce says the org's API request limit is used up{said}{(usage is null ? string.Empty : $", {usage}")}. The limit is counted over 24 hours; the next run after it frees up continues from the last saved page."),
            (HttpStatusCode.Forbidden, _) => new CrmSourceException(CrmFailure.Rejected,
                $"Salesforce refused the query{said}: the user the app runs as needs the API Enabled permission and read access to leads, opportunities and their field history."),
            (HttpStatusCode.BadRequest, _) => new CrmSourceException(CrmFailure.Rejected,
                $"Salesforce rejected the query{said}. If it names a field, check the reason and campaign fields in the connection settings."),
            _ => new CrmSourceException(CrmFailure.Unavailable, $"Salesforce answered {(int)status}{said}. The next run continues from the last saved page."),
        };
    }

    private static IReadOnlyList<SalesforceError> Errors(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, SalesforceJsonContext.Default.IReadOnlyListSalesforceError) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>"api-usage=25/15000" becomes "API requests in the last 24 hours: 25 of 15000".</summary>
    private static string? Usage(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Sforce-Limit-Info", out var values))
        {
            return null;
        }

        foreach (var part in string.Join(";", values).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith("api-usage=", StringComparison.OrdinalIgnoreCase) && part["api-usage=".Length..].Split('/') is [var used, var limit])
            {
                return $"API requests in the last 24 hours: {used} of {limit}";
            }
        }

        return null;
    }
}
