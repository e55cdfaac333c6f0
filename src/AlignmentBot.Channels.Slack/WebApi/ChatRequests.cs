using System.Text.Json.Serialization;
using AlignmentBot.Channels.Slack.BlockKit;

namespace AlignmentBot.Channels.Slack.WebApi;

internal sealed record PostMessageRequest([property: JsonPropertyName("channel")] string Channel, [property: JsonPropertyName("text")] string Text)
{
    [JsonPropertyName("blocks")]
    public IReadOnlyList<Block>? Blocks { get; init; }

    [JsonPropertyName("thread_ts")]
    public string? ThreadTs { get; init; }

    // Digests and forms carry no links worth previewing; unfurls only add noise.
    [JsonPropertyName("unfurl_links")]
    public bool UnfurlLinks { get; init; }

    /// <summary>Replies to a turn carry their inbox key and step, so a post whose outcome is unknown can be found.</summary>
    [JsonPropertyName("metadata")]
    public MessageMetadata? Metadata { get; init; }
}

internal sealed record UpdateMessageRequest(
    [property: JsonPropertyName("channel")] string Channel,
    [property: JsonPropertyName("ts")] string Ts,
    [property: JsonPropertyName("text")] string Text)
{
    [JsonPropertyName("blocks")]
    public IReadOnlyList<Block>? Blocks { get; init; }
}

internal sealed record PostEphemeralRequest(
    [property: JsonPropertyName("channel")] string Channel,
    [property: JsonPropertyName("user")] string User,
    [property: JsonPropertyName("text")] string Text)
{
    [JsonPropertyName("blocks")]
    public IReadOnlyList<Block>? Blocks { get; init; }

    [JsonPropertyName("thread_ts")]
    public string? ThreadTs { get; init; }
}
