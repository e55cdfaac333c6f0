using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.BlockKit;

internal sealed record HeaderBlock([property: JsonPropertyName("text")] PlainText Text) : Block;
