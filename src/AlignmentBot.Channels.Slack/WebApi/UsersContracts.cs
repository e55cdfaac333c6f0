using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.WebApi;

internal sealed record UsersInfoResponse : SlackApiResponse
{
    [JsonPropertyName("user")]
    public SlackUser? User { get; init; }
}

internal sealed record SlackUser
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("real_name")]
    public string? RealName { get; init; }

    /// <summary>IANA zone, e.g. "America/Los_Angeles".</summary>
    [JsonPropertyName("tz")]
    public string? TimeZone { get; init; }

    [JsonPropertyName("locale")]
    public string? Locale { get; init; }

    [JsonPropertyName("is_bot")]
    public bool IsBot { get; init; }

    [JsonPropertyName("profile")]
    public SlackUserProfile? Profile { get; init; }
}

internal sealed record SlackUserProfile
{
    [JsonPropertyName("display_name")]
    public string? DisplayName { get; init; }

    [JsonPropertyName("real_name")]
    public string? RealName { get; init; }
}
