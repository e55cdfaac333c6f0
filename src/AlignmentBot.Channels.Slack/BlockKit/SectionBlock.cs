using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.BlockKit;

internal sealed record SectionBlock : Block
{
    [JsonPropertyName("text")]
    public TextObject? Text { get; init; }

    [JsonPropertyName("fields")]
    public IReadOnlyList<TextObject>? Fields { get; init; }
}
