using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.BlockKit;

internal sealed record DatePickerElement(string ActionId) : BlockElement(ActionId)
{
    /// <summary>yyyy-MM-dd.</summary>
    [JsonPropertyName("initial_date")]
    public string? InitialDate { get; init; }
}
