using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.WebApi;

/// <summary>conversations.history and conversations.replies: a page of messages, newest first, with their metadata when asked for.</summary>
internal sealed record HistoryResponse : SlackApiResponse
{
    [JsonPropertyName("messages")]
    public IReadOnlyList<HistoryMessage>? Messages { get; init; }

    [JsonPropertyName("has_more")]
    public bool HasMore { get; init; }
}

internal sealed record HistoryMessage
{
    [JsonPropertyName("ts")]
    public string? Ts { get; init; }

    [JsonPropertyName("bot_id")]
    public string? BotId { get; init; }

    [JsonPropertyName("metadata")]
    public MessageMetadata? Metadata { get; init; }

    /// <summary>The files a file share carries (files.completeUploadExternal posts one such message).</summary>
    [JsonPropertyName("files")]
    public IReadOnlyList<HistoryFile>? Files { get; init; }
}

internal sealed record HistoryFile
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }
}
