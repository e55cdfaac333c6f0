using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AlignmentBot.Channels.Slack.Json;
using AlignmentBot.Conversations.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace AlignmentBot.Channels.Slack.WebApi;

/// <summary>
/// The Web API over HTTP: bearer token, JSON bodies, client-side tier limits, 429 Retry-After honoured, and
/// every ok:false turned into a <see cref="SlackApiException"/> carrying Slack's error code. Transport failures, 408s
/// and 5xx are retried below this class by the HTTP client's resilience handler (<see cref="SlackHttpResilience"/>),
/// for calls that are safe to repeat; a post is flagged so that it is not repeated blindly.
/// </summary>
internal sealed class SlackApiClient(
    IHttpClientFactory httpClients,
    IOptions<SlackOptions> options,
    SlackRateLimiter limiter,
    TimeProvider time,
    ILogger<SlackApiClient> logger) : IAuthApi, IChatApi, IViewsApi, IConversationsApi, IUsersApi, IAppsConnectionsApi, IFilesApi
{
    public const string HttpClientName = "slack";

    /// <summary>429s retried per call before giving up with "ratelimited".</summary>
    public const int MaxRateLimitRetries = 3;

    /// <summary>Pages of history read when looking for a reply: 1,000 messages since the turn arrived is already a busy channel.</summary>
    private const int MaxHistoryPages = 5;

    private const string Platform = "slack";

    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(5);
    private static readonly MediaTypeHeaderValue JsonUtf8 = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    private SlackJsonContext Json => SlackJsonContext.Default;

    public Task<AuthTestResponse> TestAsync(CancellationToken cancellationToken)
        => CallAsync("auth.test", Form([]), Json.AuthTestResponse, BotToken, null, idempotent: true, cancellationToken);

    public Task<PostMessageResponse> PostMessageAsync(PostMessageRequest request, CancellationToken cancellationToken)
        => CallAsync("chat.postMessage", Body(request, Json.PostMessageRequest), Json.PostMessageResponse, BotToken, request.Channel, idempotent: false, cancellationToken);

    public Task<PostMessageResponse> UpdateAsync(UpdateMessageRequest request, CancellationToken cancellationToken)
        => CallAsync("chat.update", Body(request, Json.UpdateMessageRequest), Json.PostMessageResponse, BotToken, null, idempotent: true, cancellationToken);

    public Task<PostEphemeralResponse> PostEphemeralAsync(PostEphemeralRequest request, CancellationToken cancellationToken)
        => CallAsync("chat.postEphemeral", Body(request, Json.PostEphemeralRequest), Json.PostEphemeralResponse, BotToken, null, idempotent: false, cancellationToken);

    // A trigger is single-use: a second views.open after a lost answer fails with trigger_exchanged anyway.
    public Task<ViewResponse> OpenAsync(ViewsOpenRequest request, CancellationToken cancellationToken)
        => CallAsync("views.open", Body(request, Json.ViewsOpenRequest), Json.ViewResponse, BotToken, null, idempotent: false, cancellationToken);

    public Task<ViewResponse> UpdateAsync(ViewsUpdateRequest request, CancellationToken cancellationToken)
        => CallAsync("views.update", Body(request, Json.ViewsUpdateRequest), Json.ViewResponse, BotToken, null, idempotent: true, cancellationToken);

    public Task<ViewResponse> PublishAsync(ViewsPublishRequest request, CancellationToken cancellationToken)
        => CallAsync("views.publish", Body(request, Json.ViewsPublishRequest), Json.ViewResponse, BotToken, null, idempotent: true, cancellationToken);

    public async Task<string> OpenDirectMessageAsync(string userId, CancellationToken cancellationToken)
    {
        var response = await CallAsync("conversations.open", Body(new ConversationsOpenRequest(userId), Json.ConversationsOpenRequest), Json.ConversationsOpenResponse, BotToken, null, idempotent: true, cancellationToken);
        return response.Channel?.Id ?? throw new SlackApiException("conversations.open", "invalid_response", "no channel id");
    }

    public async Task<IReadOnlyList<HistoryMessage>> RecentMessagesAsync(string channel, string? threadTs, DateTimeOffset oldest, CancellationToken cancellationToken)
    {
        // Read methods take form fields. A thread's replies are not in the channel's history; conversations.replies has them.
        var method = threadTs is null ? "conversations.history" : "conversations.replies";
        var since = (oldest.ToUnixTimeMilliseconds() / 1000.0).ToString("F6", CultureInfo.InvariantCulture);
        var messages = new List<HistoryMessage>();
        string? cursor = null;
        for (var page = 0; page < MaxHistoryPages; page++)
        {
            List<KeyValuePair<string, string>> fields =
            [
                new("channel", channel), new("oldest", since), new("inclusive", "true"), new("include_all_metadata", "true"), new("limit", "200"),
            ];
            if (threadTs is not null)
            {
                fields.Add(new("ts", threadTs));
            }

            if (cursor is not null)
            {
                fields.Add(new("cursor", cursor));
            }

            var response = await CallAsync(method, Form([.. fields]), Json.HistoryResponse, BotToken, null, idempotent: true, cancellationToken);
            messages.AddRange(response.Messages ?? []);
            cursor = response.ResponseMetadata?.NextCursor;
            if (!response.HasMore || string.IsNullOrEmpty(cursor))
            {
                break;
            }
        }

        return messages;
    }

    public async Task<SlackUser> InfoAsync(string userId, CancellationToken cancellationToken)
    {
        // users.info is a read method that takes form fields, not JSON.
        var response = await CallAsync("users.info", Form([new("user", userId), new("include_locale", "true")]), Json.UsersInfoResponse, BotToken, null, idempotent: true, cancellationToken);
        return response.User ?? throw new SlackApiException("users.info", "invalid_response", "no user");
    }

    // Read-style methods: form fields, as Slack documents for the upload pair.
    public Task<UploadUrlResponse> GetUploadUrlAsync(string fileName, long length, CancellationToken cancellationToken)
        => CallAsync("files.getUploadURLExternal", Form([new("filename", fileName), new("length", length.ToString(CultureInfo.InvariantCulture))]), Json.UploadUrlResponse, BotToken, null, idempotent: true, cancellationToken);

    public async Task UploadAsync(Uri uploadUrl, byte[] content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uploadUrl) { Content = new ByteArrayContent(content) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        HttpResponseMessage response;
        try
        {
            response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            AlignmentBotTelemetry.RecordOutboundCall(Platform, "files.upload_url", 0);
            throw new SlackApiException("Slack file upload failed: request_failed", ex) { MayHaveLanded = true };
        }

        using (response)
        {
            AlignmentBotTelemetry.RecordOutboundCall(Platform, "files.upload_url", (int)response.StatusCode);
            if (!response.IsSuccessStatusCode)
            {
                throw new SlackApiException("files.upload_url", $"http_{(int)response.StatusCode}");
            }
        }
    }

    public Task<CompleteUploadResponse> CompleteUploadAsync(UploadedFile file, string channel, string? threadTs, string? initialComment, CancellationToken cancellationToken)
    {
        List<KeyValuePair<string, string>> fields = [new("files", JsonSerializer.Serialize(new List<UploadedFile> { file }, Json.ListUploadedFile)), new("channel_id", channel)];
        if (threadTs is not null)
        {
            fields.Add(new("thread_ts", threadTs));
        }

        if (initialComment is not null)
        {
            fields.Add(new("initial_comment", initialComment));
        }

        // Completing twice would share the file twice.
        return CallAsync("files.completeUploadExternal", Form([.. fields]), Json.CompleteUploadResponse, BotToken, null, idempotent: false, cancellationToken);
    }

    async Task<Uri> IAppsConnectionsApi.OpenAsync(CancellationToken cancellationToken)
    {
        // The app-level token must travel in the Authorization header, never as a parameter.
        var response = await CallAsync("apps.connections.open", Form([]), Json.ConnectionsOpenResponse, AppToken, null, idempotent: true, cancellationToken);
        return Uri.TryCreate(response.Url, UriKind.Absolute, out var url)
            ? url
            : throw new SlackApiException("apps.connections.open", "invalid_response", "no url");
    }

    private string BotToken => options.Value.BotToken is { Length: > 0 } token ? token : throw new SlackApiException("any", "not_configured", "Slack:BotToken is not set");

    private string AppToken => options.Value.AppToken is { Length: > 0 } token ? token : throw new SlackApiException("apps.connections.open", "not_configured", "Slack:AppToken is not set");

    private static Func<HttpContent> Body<T>(T value, JsonTypeInfo<T> typeInfo) => () => JsonContent.Create(value, typeInfo, JsonUtf8);

    private static Func<HttpContent> Form(KeyValuePair<string, string>[] fields) => () => new FormUrlEncodedContent(fields);

    private async Task<T> CallAsync<T>(string method, Func<HttpContent> content, JsonTypeInfo<T> responseType, string token, string? channelKey, bool idempotent, CancellationToken cancellationToken)
        where T : SlackApiResponse
    {
        var tier = SlackMethodTiers.For(method, options.Value.PostMessagesPerMinute);
        var perChannel = channelKey is null ? null : $"{method}:{channelKey}";
        for (var attempt = 0; ; attempt++)
        {
            if (options.Value.PaceRequests)
            {
                // Per channel first: a channel waiting for its own slot must not take workspace slots from others.
                if (perChannel is not null)
                {
                    await limiter.WaitAsync(perChannel, SlackMethodTiers.PostMessagePerChannel, cancellationToken);
                }

                await limiter.WaitAsync(method, tier, cancellationToken);
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Value.ApiBaseUri, method)) { Content = content() };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            if (!idempotent)
            {
                request.Options.Set(SlackHttpResilience.NotIdempotent, true);
            }

            HttpResponseMessage response;
            try
            {
                response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException ex)
            {
                AlignmentBotTelemetry.RecordOutboundCall(Platform, method, 0);
                throw new SlackApiException($"Slack {method} failed: request_failed ({ex.Message})", ex) { MayHaveLanded = !SlackHttpResilience.NeverSent(ex) };
            }
            catch (Exception ex) when (ex is TimeoutRejectedException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                AlignmentBotTelemetry.RecordOutboundCall(Platform, method, 0);
                throw new SlackApiException($"Slack {method} failed: request_failed (timed out)", ex) { MayHaveLanded = true };
            }

            AlignmentBotTelemetry.RecordOutboundCall(Platform, method, (int)response.StatusCode);
            using (response)
            {
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    var wait = RetryAfter(response);
                    limiter.BlockUntil(perChannel ?? method, perChannel is null ? tier : SlackMethodTiers.PostMessagePerChannel, time.GetUtcNow() + wait);
                    if (attempt >= MaxRateLimitRetries)
                    {
                        throw new SlackApiException(method, "ratelimited", $"still limited after {attempt + 1} attempts");
                    }

                    logger.LogWarning("Slack {Method} rate limited; retrying in {Seconds} s", method, wait.TotalSeconds);
                    AlignmentBotTelemetry.RecordOutboundRetry(Platform, method);
                    if (!options.Value.PaceRequests)
                    {
                        // No pacing of our own, but the server's Retry-After still holds.
                        await Task.Delay(wait, time, cancellationToken);
                    }

                    continue;
                }

                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                T? parsed;
                try
                {
                    parsed = body.Length == 0 ? null : JsonSerializer.Deserialize(body, responseType);
                }
                catch (JsonException)
                {
                    parsed = null;
                }

                if (parsed is null)
                {
                    // A 5xx or a garbled answer: Slack may have carried the call out before failing to say so.
                    throw new SlackApiException(method, response.IsSuccessStatusCode ? "invalid_response" : $"http_{(int)response.StatusCode}")
                    {
                        MayHaveLanded = true,
                        RetryAfter = response.Headers.RetryAfter?.Delta,
                    };
                }

                if (!parsed.Ok)
                {
                    var detail = parsed.ResponseMetadata?.Messages is { Count: > 0 } messages ? string.Join("; ", messages.Take(5)) : null;
                    throw new SlackApiException(method, parsed.Error ?? "unknown_error", detail);
                }

                if (parsed.Warning is not null)
                {
                    logger.LogDebug("Slack {Method} warning: {Warning}", method, parsed.Warning);
                }

                return parsed;
            }
        }
    }

    private static TimeSpan RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter?.Delta is { } delta)
        {
            return delta;
        }

        if (response.Headers.TryGetValues("Retry-After", out var values)
            && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DefaultRetryAfter;
    }
}
