using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.WebApi;

internal sealed record ConversationsOpenRequest([property: JsonPropertyName("users")] string Users);

internal sealed record ConversationsOpenResponse : SlackApiResponse
{
    [JsonPropertyName("channel")]
    public ConversationRef? Channel { get; init; }
}

internal sealed record ConversationRef
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }
}
