using System.Net;
using AlignmentBot.Application.Sync;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Integrations.Crm.Http;

/// <summary>
/// Sends one CRM request with the retries a sync can afford: a 429 waits for its Retry-After, a 5xx or a dropped
/// connection backs off; anything else is returned for the caller to read. Nothing here logs a header or a body.
/// </summary>
internal sealed class CrmHttp(HttpClient client, RequestPacer pacer, TimeProvider time, ILogger logger)
{
    public async Task<HttpResponseMessage> SendAsync(string label, string paceKey, double perSecond, CrmHttpPolicy policy, Func<HttpRequestMessage> build, CancellationToken cancellationToken)
    {
        var backoff = policy.Backoff;
        for (var attempt = 0; ; attempt++)
        {
            await pacer.WaitAsync(paceKey, perSecond, cancellationToken);
            HttpResponseMessage response;
            try
            {
                using var request = build();
                response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException || ex is TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                if (attempt >= policy.MaxRetries)
                {
                    throw new CrmSourceException(CrmFailure.Unavailable,
                        $"{label} could not be reached ({Describe(ex)}) after {attempt + 1} attempts. The next run continues from the last saved page.", ex);
                }

                logger.LogInformation("{Label} request failed ({Error}); retrying in {Delay}", label, Describe(ex), backoff);
                await Task.Delay(backoff, time, cancellationToken);
                backoff *= 2;
                continue;
            }

            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var wait = RetryAfter.Of(response, time.GetUtcNow()) ?? policy.DefaultRetryAfter;
                response.Dispose();
                if (attempt >= policy.MaxRetries || wait > policy.MaxRetryAfter)
                {
                    throw new CrmSourceException(CrmFailure.RateLimited,
                        $"{label} kept answering 429 Too Many Requests (last asked to wait {wait.TotalSeconds:0} s). The account's API limit is shared with its other apps; the next run continues from the last saved page.");
                }

                logger.LogInformation("{Label} rate limit reached (429); waiting {Delay} as Retry-After asks", label, wait);
                await Task.Delay(wait, time, cancellationToken);
                continue;
            }

            if ((int)response.StatusCode >= 500 && attempt < policy.MaxRetries)
            {
                logger.LogInformation("{Label} answered {Status}; retrying in {Delay}", label, (int)response.StatusCode, backoff);
                response.Dispose();
                await Task.Delay(backoff, time, cancellationToken);
                backoff *= 2;
                continue;
            }

            return response;
        }
    }

    private static string Describe(Exception ex) => ex is TaskCanceledException ? "timed out" : ex.GetType().Name + (ex.InnerException is { } inner ? ": " + inner.GetType().Name : string.Empty);
}
