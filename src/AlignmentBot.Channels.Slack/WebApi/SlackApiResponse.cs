using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.WebApi;

/// <summary>The envelope of every Web API answer.</summary>
internal record SlackApiResponse
{
    [JsonPropertyName("ok")]
    public bool Ok { get; init; }

    [JsonPropertyName("error")]
    public string? Error { get; init; }

    [JsonPropertyName("warning")]
    public string? Warning { get; init; }

    [JsonPropertyName("response_metadata")]
    public ResponseMetadata? ResponseMetadata { get; init; }
}

internal sealed record ResponseMetadata
{
    /// <summary>Slack's explanations of an invalid_arguments or invalid_blocks error.</summary>
    [JsonPropertyName("messages")]
    public IReadOnlyList<string>? Messages { get; init; }

    [JsonPropertyName("warnings")]
    public IReadOnlyList<string>? Warnings { get; init; }

    /// <summary>Cursor pagination: the next page, empty on the last.</summary>
    [JsonPropertyName("next_cursor")]
    public string? NextCursor { get; init; }
}
