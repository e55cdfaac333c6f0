using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.BlockKit;

/// <summary>A modal or an App Home view, as views.open / views.publish take it.</summary>
internal sealed record SlackView([property: JsonPropertyName("type")] string Type, [property: JsonPropertyName("blocks")] IReadOnlyList<Block> Blocks)
{
    public const string Modal = "modal";
    public const string Home = "home";

    [JsonPropertyName("title")]
    public PlainText? Title { get; init; }

    [JsonPropertyName("submit")]
    public PlainText? Submit { get; init; }

    [JsonPropertyName("close")]
    public PlainText? Close { get; init; }

    [JsonPropertyName("callback_id")]
    public string? CallbackId { get; init; }

    [JsonPropertyName("private_metadata")]
    public string? PrivateMetadata { get; init; }
}
