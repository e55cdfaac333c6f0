using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.WebApi;

/// <summary>files.getUploadURLExternal: where to POST the bytes, and the id the upload is completed with.</summary>
internal sealed record UploadUrlResponse : SlackApiResponse
{
    [JsonPropertyName("upload_url")]
    public string? UploadUrl { get; init; }

    [JsonPropertyName("file_id")]
    public string? FileId { get; init; }
}

/// <summary>One entry of files.completeUploadExternal's <c>files</c> argument.</summary>
internal sealed record UploadedFile([property: JsonPropertyName("id")] string Id, [property: JsonPropertyName("title")] string? Title);

internal sealed record CompleteUploadResponse : SlackApiResponse
{
    [JsonPropertyName("files")]
    public IReadOnlyList<UploadedFile>? Files { get; init; }
}
