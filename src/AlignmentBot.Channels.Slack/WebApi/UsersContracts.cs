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

    /// <summary>The person's home team: a Slack Connect user from another organisation has a different one.</summary>
    [JsonPropertyName("team_id")]
    public string? TeamId { get; init; }

    [JsonPropertyName("is_admin")]
    public bool IsAdmin { get; init; }

    [JsonPropertyName("is_owner")]
    public bool IsOwner { get; init; }

    [JsonPropertyName("is_primary_owner")]
    public bool IsPrimaryOwner { get; init; }

    /// <summary>A multi-channel guest.</summary>
    [JsonPropertyName("is_restricted")]
    public bool IsRestricted { get; init; }

    /// <summary>A single-channel guest.</summary>
    [JsonPropertyName("is_ultra_restricted")]
    public bool IsUltraRestricted { get; init; }

    /// <summary>Someone the workspace shares no channel with (seen through Slack Connect).</summary>
    [JsonPropertyName("is_stranger")]
    public bool IsStranger { get; init; }

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
