using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.WebApi;

internal sealed record AuthTestResponse : SlackApiResponse
{
    [JsonPropertyName("team_id")]
    public string? TeamId { get; init; }

    [JsonPropertyName("team")]
    public string? Team { get; init; }

    [JsonPropertyName("user_id")]
    public string? UserId { get; init; }

    [JsonPropertyName("bot_id")]
    public string? BotId { get; init; }

    [JsonPropertyName("url")]
    public string? Url { get; init; }
}

internal sealed record ConnectionsOpenResponse : SlackApiResponse
{
    [JsonPropertyName("url")]
    public string? Url { get; init; }
}
