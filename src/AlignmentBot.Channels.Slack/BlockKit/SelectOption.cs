using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.BlockKit;

internal sealed record SelectOption([property: JsonPropertyName("text")] PlainText Text, [property: JsonPropertyName("value")] string Value);
