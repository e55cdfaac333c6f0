using System.Net;
using AlignmentBot.Conversations.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace AlignmentBot.Channels.Slack.WebApi;

/// <summary>
/// The resilience handler of the "slack" HTTP client (Microsoft.Extensions.Http.Resilience): a total timeout
/// (<see cref="SlackRetrySettings.Timeout"/>), retries with exponential backoff, jitter and Retry-After, and a timeout per
/// attempt. Transport failures, 408 and 5xx are retried for calls that are safe to repeat. A request flagged
/// <see cref="NotIdempotent"/> (a post) is retried only when it certainly never reached Slack (no connection); any other
/// failure goes back to the caller, which knows whether the post can be looked up before it is sent again. 429 is left
/// to <see cref="SlackApiClient"/>, which tells the rate limiter, so other calls to the same channel wait too.
/// </summary>
internal static class SlackHttpResilience
{
    public static readonly HttpRequestOptionsKey<bool> NotIdempotent = new("AlignmentBot.Slack.NotIdempotent");

    public static IHttpClientBuilder AddSlackResilience(this IHttpClientBuilder builder)
    {
        builder.AddResilienceHandler("slack-web-api", static (pipeline, context) =>
        {
            var retry = context.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value.Retry;

            // Network timeouts and backoff run on the system clock, whatever clock the rest of the bot is given: a 15 s
            // attempt is 15 s of the network's time. (Slack's own Retry-After for 429s stays on the bot's clock.)
            pipeline.TimeProvider = TimeProvider.System;
            pipeline
                .AddTimeout(retry.Timeout)
                .AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = int.MaxValue,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = retry.BaseDelay,
                    MaxDelay = retry.MaxDelay,
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = static args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
                    OnRetry = static args =>
                    {
                        // The Web API method is the path's last segment (…/api/chat.postMessage).
                        var method = args.Context.GetRequestMessage()?.RequestUri?.Segments is [.., var last] ? last : "unknown";
                        AlignmentBotTelemetry.RecordOutboundRetry("slack", method);
                        return ValueTask.CompletedTask;
                    },
                })
                .AddTimeout(retry.AttemptTimeout);
        });
        return builder;
    }

    /// <summary>The connection was never made (refused, no route, no name): the request did not reach Slack.</summary>
    public static bool NeverSent(HttpRequestException exception)
        => exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError;

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        var repeatable = context.GetRequestMessage()?.Options.TryGetValue(NotIdempotent, out var flagged) != true || !flagged;
        return outcome switch
        {
            { Exception: HttpRequestException ex } => repeatable || NeverSent(ex),
            { Exception: TimeoutRejectedException } => repeatable,
            { Result: { } response } => repeatable && (response.StatusCode == HttpStatusCode.RequestTimeout || (int)response.StatusCode >= 500),
            _ => false,
        };
    }
}
