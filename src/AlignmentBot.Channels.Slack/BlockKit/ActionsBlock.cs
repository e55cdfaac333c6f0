using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.BlockKit;

internal sealed record ActionsBlock([property: JsonPropertyName("elements")] IReadOnlyList<BlockElement> Elements) : Block;
