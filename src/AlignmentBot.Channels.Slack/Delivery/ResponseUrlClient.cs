using System.Net.Http.Headers;
using System.Net.Http.Json;
using AlignmentBot.Channels.Slack.Json;
using AlignmentBot.Channels.Slack.WebApi;
using Microsoft.Extensions.Caching.Memory;

namespace AlignmentBot.Channels.Slack.Delivery;

/// <summary>
/// Posts to response_urls within Slack's limit: 5 uses within 30 minutes of the interaction. When a URL is used
/// up or too old, <see cref="TryPostAsync"/> says so and the caller falls back to chat.postMessage.
/// </summary>
internal sealed class ResponseUrlClient(IHttpClientFactory httpClients, IMemoryCache cache, TimeProvider time)
{
    public const int MaxUses = 5;

    /// <summary>Slack's 30 minutes, less a margin for clocks and the request in flight.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(29);

    private static readonly MediaTypeHeaderValue JsonUtf8 = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");
    private readonly object _gate = new();

    /// <summary>Starts the clock for a URL when its interaction arrives.</summary>
    public void Register(string? responseUrl, DateTimeOffset receivedAt)
    {
        if (!string.IsNullOrEmpty(responseUrl))
        {
            lock (_gate)
            {
                if (!cache.TryGetValue(Key(responseUrl), out _))
                {
                    cache.Set(Key(responseUrl), new Budget(receivedAt), new MemoryCacheEntryOptions { AbsoluteExpiration = receivedAt + Lifetime, Size = 1 });
                }
            }
        }
    }

    public bool CanUse(string? responseUrl)
    {
        if (string.IsNullOrEmpty(responseUrl))
        {
            return false;
        }

        lock (_gate)
        {
            return !cache.TryGetValue(Key(responseUrl), out Budget? budget) || budget is null || (budget.Uses < MaxUses && time.GetUtcNow() - budget.ReceivedAt < Lifetime);
        }
    }

    /// <summary>False when the URL's budget is spent; throws <see cref="SlackApiException"/> when Slack refuses the message.</summary>
    public async Task<bool> TryPostAsync(string responseUrl, ResponseUrlMessage message, CancellationToken cancellationToken)
    {
        if (!TryTake(responseUrl) || !Uri.TryCreate(responseUrl, UriKind.Absolute, out var url))
        {
            return false;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(message, SlackJsonContext.Default.ResponseUrlMessage, JsonUtf8) };
        if (!message.ReplaceOriginal)
        {
            // A new message may have been shown before a failure: not repeated blindly (the caller falls back to chat.postMessage).
            request.Options.Set(SlackHttpResilience.NotIdempotent, true);
        }

        HttpResponseMessage response;
        try
        {
            response = await httpClients.CreateClient(SlackApiClient.HttpClientName).SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new SlackApiException($"Slack response_url failed: request_failed ({ex.Message})", ex) { MayHaveLanded = !SlackHttpResilience.NeverSent(ex) };
        }
        catch (Exception ex) when (ex is Polly.Timeout.TimeoutRejectedException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new SlackApiException("Slack response_url failed: request_failed (timed out)", ex) { MayHaveLanded = true };
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return true;
            }

            // Slack answers errors as a short code ("expired_url", "invalid_blocks") or a JSON envelope.
            var body = (await response.Content.ReadAsStringAsync(cancellationToken)).Trim();
            var code = body.Length is > 0 and < 100 && !body.Contains('{', StringComparison.Ordinal) ? body : $"http_{(int)response.StatusCode}";
            throw new SlackApiException("response_url", code);
        }
    }

    private bool TryTake(string responseUrl)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (!cache.TryGetValue(Key(responseUrl), out Budget? budget) || budget is null)
            {
                // Unknown (a restart, or a URL carried in a modal): assume it is fresh; Slack refuses it if not.
                budget = new Budget(now);
                cache.Set(Key(responseUrl), budget, new MemoryCacheEntryOptions { AbsoluteExpiration = now + Lifetime, Size = 1 });
            }

            if (budget.Uses >= MaxUses || now - budget.ReceivedAt >= Lifetime)
            {
                return false;
            }

            budget.Uses++;
            return true;
        }
    }

    private static string Key(string responseUrl) => $"slack-response-url:{responseUrl}";

    private sealed class Budget(DateTimeOffset receivedAt)
    {
        public DateTimeOffset ReceivedAt { get; } = receivedAt;

        public int Uses { get; set; }
    }
}
