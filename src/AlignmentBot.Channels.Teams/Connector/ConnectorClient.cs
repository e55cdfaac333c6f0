using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using AlignmentBot.Channels.Teams.Schema;
using AlignmentBot.Conversations.Diagnostics;
using Polly.Timeout;

namespace AlignmentBot.Channels.Teams.Connector;

/// <summary>
/// The Bot Connector REST calls this bot makes (botbuilder-dotnet Conversations.cs): reply, send, update, delete,
/// create conversation, get a member. Base URL is the conversation's serviceUrl; ids are escaped because Teams ids contain
/// ':', '@' and ';'. Every attempt is paced to Teams' limits first (<see cref="ConnectorPacer"/>); throttling and
/// transient failures are retried by the HTTP client's resilience handler (<see cref="ConnectorResilience"/>), so
/// callers see one outcome per call. Every attempt is counted in the outbound call metrics (by the attempt handler).
/// </summary>
internal sealed class ConnectorClient(HttpClient http, ServiceUrlPolicy serviceUrls)
{
    /// <summary>The platform tag of the outbound call metrics.</summary>
    public const string Platform = "teams";

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
        using var request = build();
        if (audience is not null)
        {
            request.Options.Set(ConnectorRequest.Audience, audience);
        }

        request.Options.Set(ConnectorRequest.Operation, operation);
        request.Options.Set(ConnectorRequest.Tenant, pace.Tenant);
        if (pace.Conversation is not null)
        {
            request.Options.Set(ConnectorRequest.Conversation, pace.Conversation);
        }

        HttpResponseMessage response;
        try
        {
            // Retries, pacing and tokens happen inside: see ConnectorResilience and ConnectorAttemptHandler.
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ConnectorException($"Connector {operation} to conversation {conversationId} failed: {ex.GetType().Name} (retried until BotFramework:Retry gave up)", null, null, permanent: false, ex);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        var status = response.StatusCode;
        var code = await ReadErrorCodeAsync(response, cancellationToken);
        response.Dispose();
        var retryable = ConnectorResilience.IsRetryable(status);
        throw new ConnectorException($"Connector {operation} answered HTTP {(int)status}{(code is null ? "" : $" ({code})")}{(retryable ? " after retries" : string.Empty)}", status, code, permanent: !retryable);
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
