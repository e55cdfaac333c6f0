using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.BlockKit;

internal sealed record ContextBlock([property: JsonPropertyName("elements")] IReadOnlyList<TextObject> Elements) : Block;
