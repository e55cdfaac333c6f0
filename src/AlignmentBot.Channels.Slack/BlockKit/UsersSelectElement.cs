using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.BlockKit;

/// <summary>Slack's people picker; the chosen person comes back as selected_user (a user id).</summary>
internal sealed record UsersSelectElement(string ActionId) : BlockElement(ActionId)
{
    [JsonPropertyName("initial_user")]
    public string? InitialUser { get; init; }

    [JsonPropertyName("placeholder")]
    public PlainText? Placeholder { get; init; }
}
