namespace AlignmentBot.Integrations.Crm.Http;

/// <summary>How one CRM's calls are retried: transient failures with backoff, 429s after their Retry-After.</summary>
/// <param name="MaxRetries">Retries after the first attempt, for 429s, 5xx and dropped connections together.</param>
/// <param name="DefaultRetryAfter">The wait after a 429 that names none.</param>
/// <param name="MaxRetryAfter">A 429 asking for longer than this ends the run (the next one continues) instead of holding it.</param>
/// <param name="Backoff">The first wait after a 5xx or a dropped connection; doubled each time.</param>
internal sealed record CrmHttpPolicy(int MaxRetries, TimeSpan DefaultRetryAfter, TimeSpan MaxRetryAfter, TimeSpan Backoff);
