using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.Forms;

/// <summary>
/// A modal's private_metadata: where the form came from and what submitting it means, so the submission can be
/// turned into a turn in the right conversation and can replace the message that offered the form.
/// </summary>
internal sealed record FormContext
{
    [JsonPropertyName("ch")]
    public string? ChannelId { get; init; }

    [JsonPropertyName("th")]
    public string? ThreadTs { get; init; }

    /// <summary>The message that offered the form (to replace), when there was one.</summary>
    [JsonPropertyName("ts")]
    public string? MessageTs { get; init; }

    [JsonPropertyName("eph")]
    public bool Ephemeral { get; init; }

    [JsonPropertyName("ru")]
    public string? ResponseUrl { get; init; }

    [JsonPropertyName("v")]
    public string? Verb { get; init; }

    [JsonPropertyName("d")]
    public Dictionary<string, string>? Data { get; init; }

    [JsonPropertyName("c")]
    public string? CardId { get; init; }

    /// <summary>Set instead of everything else when the context was too large for private_metadata.</summary>
    [JsonPropertyName("k")]
    public string? StoredKey { get; init; }
}
