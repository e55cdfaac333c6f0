using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.BlockKit;

internal sealed record PlainText(string Text) : TextObject(Text)
{
    [JsonPropertyName("emoji")]
    public bool Emoji { get; init; } = true;
}
