using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.BlockKit;

internal sealed record NumberInputElement(string ActionId) : BlockElement(ActionId)
{
    [JsonPropertyName("is_decimal_allowed")]
    public bool IsDecimalAllowed { get; init; } = true;

    [JsonPropertyName("initial_value")]
    public string? InitialValue { get; init; }

    [JsonPropertyName("placeholder")]
    public PlainText? Placeholder { get; init; }
}
