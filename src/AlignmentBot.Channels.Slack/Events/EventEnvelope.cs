using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.Events;

/// <summary>An Events API body: url_verification, event_callback or app_rate_limited.</summary>
internal sealed record EventEnvelope
{
    public const string UrlVerification = "url_verification";
    public const string EventCallback = "event_callback";
    public const string AppRateLimited = "app_rate_limited";

    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("challenge")]
    public string? Challenge { get; init; }

    [JsonPropertyName("team_id")]
    public string? TeamId { get; init; }

    [JsonPropertyName("api_app_id")]
    public string? ApiAppId { get; init; }

    [JsonPropertyName("event")]
    public SlackEvent? Event { get; init; }

    /// <summary>Globally unique across workspaces; the dedupe key for retries.</summary>
    [JsonPropertyName("event_id")]
    public string? EventId { get; init; }

    [JsonPropertyName("event_time")]
    public long EventTime { get; init; }

    /// <summary>The event happened in a channel shared with another organisation (Slack Connect).</summary>
    [JsonPropertyName("is_ext_shared_channel")]
    public bool IsExtSharedChannel { get; init; }

    [JsonPropertyName("authorizations")]
    public IReadOnlyList<EventAuthorization>? Authorizations { get; init; }
}
