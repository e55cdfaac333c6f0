using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using AlignmentBot.Application.Sync;
using AlignmentBot.Integrations.Crm.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Integrations.Crm.Salesforce;

/// <summary>
/// Signs in as a connected app at /services/oauth2/token, with the client credentials flow (consumer key and secret;
/// Salesforce issues the token for the app's run-as user) or the JWT bearer flow (an assertion signed with the app's
/// private key, for a named user). Sessions are kept in memory and renewed when Salesforce reports them invalid.
/// </summary>
internal sealed class SalesforceAuthenticator(HttpClient http, RequestPacer pacer, IOptions<SalesforceOptions> options, TimeProvider time, ILogger<SalesforceAuthenticator> logger)
{
    private readonly CrmHttp _http = new(http, pacer, time, logger);
    private readonly ConcurrentDictionary<string, SalesforceSession> _sessions = new(StringComparer.Ordinal);

    public async Task<SalesforceSession> SessionAsync(CrmConnection connection, bool renew, CancellationToken cancellationToken)
    {
        var key = $"{connection.WorkspaceId}|{connection.ConnectedAt.UtcTicks}";
        if (!renew && _sessions.TryGetValue(key, out var session))
        {
            return session;
        }

        session = await SignInAsync(connection, cancellationToken);
        _sessions[key] = session;
        return session;
    }

    private async Task<SalesforceSession> SignInAsync(CrmConnection connection, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var login = string.IsNullOrWhiteSpace(connection.Settings.BaseUrl) ? o.LoginUrl : new Uri(connection.Settings.BaseUrl.TrimEnd('/') + "/");
        var clientId = connection.Settings.ClientId ?? throw new CrmSourceException(CrmFailure.Rejected, "The Salesforce connection has no consumer key; connect again.");
        Dictionary<string, string> form;
        if (connection.Settings.Flow == CrmAuthFlow.JwtBearer)
        {
            string assertion;
            try
            {
                assertion = JwtBearerAssertion.Create(clientId, connection.Settings.Username ?? string.Empty, JwtBearerAssertion.Audience(login), connection.Secret.Reveal(), time.GetUtcNow());
            }
            catch (CryptographicException ex)
            {
                throw new CrmSourceException(CrmFailure.Rejected, "The stored Salesforce private key cannot sign the JWT (it must be a PEM RSA private key); connect again with the right key file.", ex);
            }

            form = new() { ["grant_type"] = "urn:ietf:params:oauth:grant-type:jwt-bearer", ["assertion"] = assertion };
        }
        else
        {
            form = new() { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = connection.Secret.Reveal() };
        }

        var policy = new CrmHttpPolicy(o.MaxRetries, TimeSpan.FromSeconds(5), o.MaxRetryAfter, o.Backoff);
        using var response = await _http.SendAsync("Salesforce sign-in", $"salesforce:{connection.WorkspaceId}", 0, policy, () =>
        {
            var message = new HttpRequestMessage(HttpMethod.Post, new Uri(login, "services/oauth2/token")) { Content = new FormUrlEncodedContent(form) };
            message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            return message;
        }, cancellationToken);

        SalesforceTokenResponse? token = null;
        try
        {
            token = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(cancellationToken), SalesforceJsonContext.Default.SalesforceTokenResponse);
        }
        catch (JsonException)
        {
            // Not Salesforce's JSON: the status says enough.
        }

        if (response.IsSuccessStatusCode && token?.AccessToken is { Length: > 0 } access && Uri.TryCreate(token.InstanceUrl, UriKind.Absolute, out var instance))
        {
            return new SalesforceSession(access, new Uri(instance.ToString().TrimEnd('/') + "/"));
        }

        var said = token?.Error is { } error ? $" Salesforce said: {error}" + (token.ErrorDescription is { } d ? $" ({CrmValues.Scrub(d, connection.Secret.Reveal())})." : ".") : $" Salesforce answered {(int)response.StatusCode}.";
        var hint = connection.Settings.Flow == CrmAuthFlow.JwtBearer
            ? " Check the consumer key, the username, that the certificate uploaded to the connected app matches the private key, and that the user is pre-authorized (Manage › Policies › Admin approved users)."
            : " Check the consumer key and secret, that the client credentials flow is enabled with a run-as user, and that the URL is the org's My Domain URL.";
        throw new CrmSourceException((int)response.StatusCode >= 500 ? CrmFailure.Unavailable : CrmFailure.Unauthorized,
            "Salesforce refused to sign the connected app in." + said + hint + " Then connect again: `sync connect salesforce ...`.");
    }
}
