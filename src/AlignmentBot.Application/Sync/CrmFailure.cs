namespace AlignmentBot.Application.Sync;

public enum CrmFailure
{
    /// <summary>The token or credentials were refused (expired, revoked, wrong): an admin must connect again.</summary>
    Unauthorized,

    /// <summary>Still rate-limited (429) after the retries the settings allow; the next run continues.</summary>
    RateLimited,

    /// <summary>The CRM account's API allowance is used up (Salesforce REQUEST_LIMIT_EXCEEDED); it resets on the CRM's schedule.</summary>
    ApiLimitExceeded,

    /// <summary>The CRM could not be reached or kept failing (network, 5xx, cut connection).</summary>
    Unavailable,

    /// <summary>The CRM refused the request itself (a missing scope, an unknown field, a bad setting).</summary>
    Rejected,
}
