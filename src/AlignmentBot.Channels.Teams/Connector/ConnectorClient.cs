using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using AlignmentBot.Channels.Teams.Schema;
using AlignmentBot.Conversations.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Channels.Teams.Connector;

/// <summary>
/// The Bot Connector REST calls this bot makes (botbuilder-dotnet Conversations.cs): reply, send, update, delete,
/// create conversation, get a member. Base URL is the conversation's serviceUrl; ids are escaped because Teams ids contain
/// ':', '@' and ';'. Every attempt is paced to Teams' limits first (<see cref="ConnectorPacer"/>); throttling and
/// transient failures are retried here, so callers see one outcome per call.
/// </summary>
internal sealed class ConnectorClient(HttpClient http, ConnectorTokenProvider tokens, ConnectorPacer pacer, ServiceUrlPolicy serviceUrls, IOptions<ConnectorRetryOptions> retryOptions, TimeProvider time, ILogger<ConnectorClient> logger)
{
    private const string Platform = "teams";

    private readonly ConnectorRetryOptions _retry = retryOptions.Value;

    public Task<ResourceResponse?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, string? audience, CancellationToken cancellationToken)
        => SendJsonAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", activity, audience, "send", conversationId, cancellationToken);

    public Task<ResourceResponse?> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, string? audience, CancellationToken cancellationToken)
        => SendJsonAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, audience, "reply", conversationId, cancellationToken);

    public Task<ResourceResponse?> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, string? audience, CancellationToken cancellationToken)
        => SendJsonAsync(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, audience, "update", conversationId, cancellationToken);

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, string? audience, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Delete, Url(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}")), audience, "delete", conversationId, new Pace(serviceUrl, null), cancellationToken);
    }

    /// <summary>One member of a conversation (its user role tells a guest), or null when the Connector says nothing usable.</summary>
    public async Task<TeamsChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string userId, string? tenantId, string? audience, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(
            () => new HttpRequestMessage(HttpMethod.Get, Url(serviceUrl, $"v3/conversations/{Escape(conversationId)}/members/{Escape(userId)}")),
            audience, "get member", conversationId, new Pace(tenantId ?? serviceUrl, null), cancellationToken);
        return await ReadAsync(response, TeamsJsonContext.Default.TeamsChannelAccount, cancellationToken);
    }

    public async Task<ConversationResourceResponse?> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, string? audience, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(
            () => new HttpRequestMessage(HttpMethod.Post, Url(serviceUrl, "v3/conversations")) { Content = JsonContent.Create(parameters, TeamsJsonContext.Default.ConversationParameters) },
            audience, "create conversation", "(new)", new Pace(parameters.TenantId ?? serviceUrl, null), cancellationToken);
        return await ReadAsync(response, TeamsJsonContext.Default.ConversationResourceResponse, cancellationToken);
    }

    private async Task<ResourceResponse?> SendJsonAsync(HttpMethod method, string serviceUrl, string path, Activity activity, string? audience, string operation, string conversationId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(
            () => new HttpRequestMessage(method, Url(serviceUrl, path)) { Content = JsonContent.Create(activity, TeamsJsonContext.Default.Activity) },
            audience, operation, conversationId, new Pace(activity.Conversation?.TenantId ?? serviceUrl, method == HttpMethod.Post ? conversationId : null), cancellationToken);
        return await ReadAsync(response, TeamsJsonContext.Default.ResourceResponse, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> build, string? audience, string operation, string conversationId, Pace pace, CancellationToken cancellationToken)
    {
        var refreshedToken = false;
        for (var attempt = 0; ; attempt++)
        {
            using var request = build();
            var token = await tokens.GetTokenAsync(audience, cancellationToken);
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            await pacer.WaitAsync(pace.Tenant, pace.Conversation, cancellationToken);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                AlignmentBotTelemetry.RecordOutboundCall(Platform, operation, 0);
                if (attempt >= _retry.MaxRetries)
                {
                    throw new ConnectorException($"Connector {operation} failed: {ex.GetType().Name} after {attempt + 1} attempts", null, null, permanent: false, ex);
                }

                await DelayAsync(Backoff(attempt), operation, conversationId, null, cancellationToken);
                continue;
            }

            AlignmentBotTelemetry.RecordOutboundCall(Platform, operation, (int)response.StatusCode);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            var status = response.StatusCode;
            if (status == HttpStatusCode.Unauthorized && token is not null && !refreshedToken)
            {
                // A cached token can be revoked before it expires: fetch a fresh one once.
                refreshedToken = true;
                tokens.Invalidate(audience);
                response.Dispose();
                continue;
            }

            var delay = IsRetryable(status) && attempt < _retry.MaxRetries ? RetryDelay(response, attempt) : null;
            if (delay is { } wait)
            {
                response.Dispose();
                await DelayAsync(wait, operation, conversationId, (int)status, cancellationToken);
                continue;
            }

            var code = await ReadErrorCodeAsync(response, cancellationToken);
            response.Dispose();
            throw new ConnectorException($"Connector {operation} answered HTTP {(int)status}{(code is null ? "" : $" ({code})")} after {attempt + 1} attempts", status, code, permanent: !IsRetryable(status));
        }
    }

    private async Task DelayAsync(TimeSpan delay, string operation, string conversationId, int? status, CancellationToken cancellationToken)
    {
        AlignmentBotTelemetry.RecordOutboundRetry(Platform, operation);
        logger.LogInformation("Connector {Operation} to conversation {ConversationId} got {Status}; retrying in {DelayMs} ms", operation, conversationId, status?.ToString() ?? "a connection failure", (int)delay.TotalMilliseconds);
        await Task.Delay(delay, time, cancellationToken);
    }

    private static bool IsRetryable(HttpStatusCode status)
        => status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed || (int)status >= 500;

    /// <returns>How long to wait, or null when the server asks for longer than we are willing to hold a turn.</returns>
    private TimeSpan? RetryDelay(HttpResponseMessage response, int attempt)
    {
        var retryAfter = response.Headers.RetryAfter;
        TimeSpan? asked = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - time.GetUtcNow() : null);
        if (asked is { } wait)
        {
            return wait > _retry.MaxRetryAfter ? null : (wait < TimeSpan.Zero ? TimeSpan.Zero : wait);
        }

        return Backoff(attempt);
    }

    /// <summary>Exponential backoff with full jitter on top of the base step, capped.</summary>
    private TimeSpan Backoff(int attempt)
    {
        var exponential = _retry.BaseDelay * Math.Pow(2, attempt);
        var jitter = _retry.BaseDelay * Random.Shared.NextDouble();
        var total = exponential + jitter;
        return total > _retry.MaxDelay ? _retry.MaxDelay : total;
    }

    private static async Task<string?> ReadErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var error = await response.Content.ReadFromJsonAsync(TeamsJsonContext.Default.ErrorResponse, cancellationToken);
            return error?.Error?.Code;
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or NotSupportedException or InvalidOperationException)
        {
            return null;
        }
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        if (response.Content.Headers.ContentLength == 0 || response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return null;
        }

        try
        {
            return await response.Content.ReadFromJsonAsync(type, cancellationToken);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>What an attempt is paced by: the tenant (or service URL) and, for sends and replies, the conversation.</summary>
    private readonly record struct Pace(string Tenant, string? Conversation);

    /// <summary>Every call's address is built here, so none leaves without the serviceUrl check.</summary>
    private Uri Url(string serviceUrl, string path)
    {
        serviceUrls.EnsureAllowed(serviceUrl);
        return new Uri(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/"), path);
    }

    private static string Escape(string id) => Uri.EscapeDataString(id);
}
