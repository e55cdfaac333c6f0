namespace AlignmentBot.Integrations.Crm.Salesforce;

/// <summary>The "Sync:Salesforce" configuration section.</summary>
public sealed class SalesforceOptions
{
    public const string Section = "Sync:Salesforce";

    /// <summary>Where tokens are requested when a connection names no URL of its own. The client credentials flow needs the org's My Domain URL.</summary>
    public Uri LoginUrl { get; set; } = new("https://login.salesforce.com/");

    /// <summary>The REST API version in /services/data/vXX.X/.</summary>
    public string ApiVersion { get; set; } = "62.0";

    /// <summary>Records per query batch (Sforce-Query-Options: batchSize), 200 to 2,000; Salesforce may return fewer.</summary>
    public int BatchSize { get; set; } = 2000;

    /// <summary>Record ids per LeadHistory / OpportunityFieldHistory query (they go in the URL).</summary>
    public int HistoryChunk { get; set; } = 200;

    /// <summary>Retries after the first attempt for 5xx answers, 429s and dropped connections.</summary>
    public int MaxRetries { get; set; } = 3;

    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The first wait after a 5xx or a dropped connection, doubled each time.</summary>
    public TimeSpan Backoff { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);
}
