using System.Text.Json;
using System.Text.Json.Serialization;
using AlignmentBot.Channels.Slack.Json;

namespace AlignmentBot.Channels.Slack.BlockKit;

/// <summary>
/// What a button carries back: the card action's verb and data, the card id, or a stored form's key.
/// action_id must be unique within a block, so the verb travels here rather than only in the action_id.
/// </summary>
internal sealed record ButtonValue
{
    [JsonPropertyName("v")]
    public string? Verb { get; init; }

    [JsonPropertyName("c")]
    public string? CardId { get; init; }

    [JsonPropertyName("d")]
    public Dictionary<string, string>? Data { get; init; }

    [JsonPropertyName("f")]
    public string? FormKey { get; init; }

    public string Serialize() => JsonSerializer.Serialize(this, SlackJsonContext.Default.ButtonValue);

    public static ButtonValue? Parse(string? value)
    {
        if (string.IsNullOrEmpty(value) || value[0] != '{')
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(value, SlackJsonContext.Default.ButtonValue);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
