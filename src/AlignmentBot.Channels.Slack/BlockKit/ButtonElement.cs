using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.BlockKit;

internal sealed record ButtonElement(string ActionId, [property: JsonPropertyName("text")] PlainText Text) : BlockElement(ActionId)
{
    [JsonPropertyName("value")]
    public string? Value { get; init; }

    /// <summary>"primary" or "danger"; absent for the default look.</summary>
    [JsonPropertyName("style")]
    public string? Style { get; init; }
}
