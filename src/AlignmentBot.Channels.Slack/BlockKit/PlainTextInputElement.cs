using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.BlockKit;

internal sealed record PlainTextInputElement(string ActionId) : BlockElement(ActionId)
{
    [JsonPropertyName("initial_value")]
    public string? InitialValue { get; init; }

    [JsonPropertyName("placeholder")]
    public PlainText? Placeholder { get; init; }

    [JsonPropertyName("multiline")]
    public bool Multiline { get; init; }
}
