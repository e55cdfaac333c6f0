using System.Net.Http.Headers;

namespace AlignmentBot.Integrations.Crm.Http;

internal static class RetryAfter
{
    /// <summary>The wait a 429 or 503 asks for: Retry-After as seconds or as a date; null when it gives none.</summary>
    public static TimeSpan? Of(HttpResponseMessage response, DateTimeOffset now)
    {
        RetryConditionHeaderValue? header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
