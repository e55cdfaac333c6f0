using System.Text.Json.Serialization;
using AlignmentBot.Channels.Slack.BlockKit;

namespace AlignmentBot.Channels.Slack.WebApi;

internal sealed record ViewsOpenRequest([property: JsonPropertyName("trigger_id")] string TriggerId, [property: JsonPropertyName("view")] SlackView View);

internal sealed record ViewsUpdateRequest([property: JsonPropertyName("view")] SlackView View)
{
    [JsonPropertyName("view_id")]
    public string? ViewId { get; init; }

    [JsonPropertyName("external_id")]
    public string? ExternalId { get; init; }

    /// <summary>From the last payload: Slack refuses the update if the view changed since (hash_conflict).</summary>
    [JsonPropertyName("hash")]
    public string? Hash { get; init; }
}

internal sealed record ViewsPublishRequest([property: JsonPropertyName("user_id")] string UserId, [property: JsonPropertyName("view")] SlackView View)
{
    [JsonPropertyName("hash")]
    public string? Hash { get; init; }
}

internal sealed record ViewResponse : SlackApiResponse
{
    [JsonPropertyName("view")]
    public OpenedView? View { get; init; }
}

internal sealed record OpenedView
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("hash")]
    public string? Hash { get; init; }
}
