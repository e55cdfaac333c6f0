using System.Text.Json.Serialization;
using AlignmentBot.Channels.Slack.BlockKit;

namespace AlignmentBot.Channels.Slack.Delivery;

/// <summary>A message posted to a response_url (up to 5 times within 30 minutes of the interaction).</summary>
internal sealed record ResponseUrlMessage([property: JsonPropertyName("text")] string Text)
{
    [JsonPropertyName("blocks")]
    public IReadOnlyList<Block>? Blocks { get; init; }

    /// <summary>"ephemeral" (only the person sees it) or "in_channel".</summary>
    [JsonPropertyName("response_type")]
    public string? ResponseType { get; init; }

    [JsonPropertyName("replace_original")]
    public bool ReplaceOriginal { get; init; }

    [JsonPropertyName("thread_ts")]
    public string? ThreadTs { get; init; }
}
