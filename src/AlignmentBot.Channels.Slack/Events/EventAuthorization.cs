using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.Events;

internal sealed record EventAuthorization
{
    [JsonPropertyName("team_id")]
    public string? TeamId { get; init; }

    [JsonPropertyName("user_id")]
    public string? UserId { get; init; }

    [JsonPropertyName("is_bot")]
    public bool IsBot { get; init; }
}
