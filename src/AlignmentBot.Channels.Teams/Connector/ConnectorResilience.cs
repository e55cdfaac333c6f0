using System.Net;
using AlignmentBot.Conversations.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace AlignmentBot.Channels.Teams.Connector;

/// <summary>
/// The resilience handler of the Connector's HTTP client (Microsoft.Extensions.Http.Resilience): a total timeout, retries
/// of transport failures, 408, 412, 429 and 5xx with exponential backoff, jitter and Retry-After (up to
/// <see cref="ConnectorRetryOptions.MaxRetryAfter"/>), and a timeout per attempt. Each attempt is paced and signed by
/// <see cref="ConnectorAttemptHandler"/>. The Connector offers no way to find a message after the fact, so a post that
/// failed after Teams took it (a 5xx or a cut connection after processing) may show twice: docs/delivery.md.
/// </summary>
internal static class ConnectorResilience
{
    public static IHttpClientBuilder AddConnectorResilience(this IHttpClientBuilder builder)
    {
        builder.AddResilienceHandler("bot-connector", static (pipeline, context) =>
        {
            var retry = context.ServiceProvider.GetRequiredService<IOptions<ConnectorRetryOptions>>().Value;
            var logger = context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger<ConnectorClient>();
            pipeline
                .AddTimeout(retry.Timeout)
                .AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(1, retry.MaxRetries),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = retry.BaseDelay,
                    MaxDelay = retry.MaxDelay,
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, retry.MaxRetryAfter)),
                    OnRetry = args =>
                    {
                        var request = args.Context.GetRequestMessage();
                        AlignmentBotTelemetry.RecordOutboundRetry(ConnectorClient.Platform, request?.Options.TryGetValue(ConnectorRequest.Operation, out var operation) == true ? operation : request?.Method.Method ?? "unknown");
                        logger.LogInformation("Connector {Method} {Path} got {Status}; retrying in {DelayMs} ms",
                            request?.Method, request?.RequestUri?.AbsolutePath, args.Outcome.Result is { } r ? ((int)r.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : "a connection failure", (int)args.RetryDelay.TotalMilliseconds);
                        return ValueTask.CompletedTask;
                    },
                })
                .AddTimeout(retry.AttemptTimeout);
        });
        return builder.AddHttpMessageHandler<ConnectorAttemptHandler>();
    }

    public static bool IsRetryable(HttpStatusCode status)
        => status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.RequestTimeout || (int)status >= 500;

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,

        // A Retry-After longer than we will hold a turn for: give up now as transient, rather than wait.
        { Result: { } response } => IsRetryable(response.StatusCode) && !(response.Headers.RetryAfter?.Delta > maxRetryAfter),
        _ => false,
    };
}
