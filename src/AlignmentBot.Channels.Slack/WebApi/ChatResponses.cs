using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.WebApi;

internal sealed record PostMessageResponse : SlackApiResponse
{
    [JsonPropertyName("channel")]
    public string? Channel { get; init; }

    [JsonPropertyName("ts")]
    public string? Ts { get; init; }
}

internal sealed record PostEphemeralResponse : SlackApiResponse
{
    [JsonPropertyName("message_ts")]
    public string? MessageTs { get; init; }
}
