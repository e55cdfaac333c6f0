using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.BlockKit;

internal sealed record StaticSelectElement(string ActionId, [property: JsonPropertyName("options")] IReadOnlyList<SelectOption> Options) : BlockElement(ActionId)
{
    [JsonPropertyName("initial_option")]
    public SelectOption? InitialOption { get; init; }

    [JsonPropertyName("placeholder")]
    public PlainText? Placeholder { get; init; }
}
