namespace AlignmentBot.Integrations.Crm.HubSpot;

/// <summary>The "Sync:HubSpot" configuration section.</summary>
public sealed class HubSpotOptions
{
    public const string Section = "Sync:HubSpot";

    /// <summary>HubSpot's API. A connection can name its own (the demo's stand-in does).</summary>
    public Uri BaseUrl { get; set; } = new("https://api.hubapi.com/");

    /// <summary>Search requests per second per account: HubSpot publishes five. 0 turns pacing off (a stand-in).</summary>
    public double RequestsPerSecond { get; set; } = 5;

    /// <summary>Records per search page; HubSpot's maximum is 200.</summary>
    public int PageSize { get; set; } = 200;

    /// <summary>
    /// How far before the last change read a new run starts again: HubSpot's search index can list a change a few
    /// seconds after a later one. Records read twice are stored once.
    /// </summary>
    public TimeSpan Lookback { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Retries after the first attempt for 429s, 5xx answers and dropped connections.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>A 429 asking to wait longer than this ends the run (the next continues) instead of holding it.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The first wait after a 5xx or a dropped connection, doubled each time.</summary>
    public TimeSpan Backoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one request may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);
}
