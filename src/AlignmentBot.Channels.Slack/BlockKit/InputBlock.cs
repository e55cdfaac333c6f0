using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.BlockKit;

internal sealed record InputBlock(
    [property: JsonPropertyName("label")] PlainText Label,
    [property: JsonPropertyName("element")] BlockElement Element) : Block
{
    [JsonPropertyName("optional")]
    public bool Optional { get; init; }

    [JsonPropertyName("hint")]
    public PlainText? Hint { get; init; }
}
