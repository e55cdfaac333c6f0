using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Teams.Schema;

/// <summary>The content of a file consent card: what the file is, how big, and what comes back on accept or decline.</summary>
internal sealed record FileConsentCard(
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("sizeInBytes")] long SizeInBytes,
    [property: JsonPropertyName("acceptContext")] FileOfferContext AcceptContext,
    [property: JsonPropertyName("declineContext")] FileOfferContext DeclineContext);

/// <summary>What the bot puts in acceptContext and declineContext: only the id of the offer it keeps on the server.</summary>
internal sealed record FileOfferContext([property: JsonPropertyName("offerId")] string OfferId);

/// <summary>The value of a <c>fileConsent/invoke</c>: accept or decline, the context the card carried, and where to upload.</summary>
internal sealed record FileConsentInvokeValue
{
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("action")] public string? Action { get; init; }
    [JsonPropertyName("context")] public JsonElement? Context { get; init; }
    [JsonPropertyName("uploadInfo")] public FileUploadInfo? UploadInfo { get; init; }
}

/// <summary>Where Teams lets the bot upload the accepted file (OneDrive), and how to show it once uploaded.</summary>
internal sealed record FileUploadInfo
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("uploadUrl")] public string? UploadUrl { get; init; }
    [JsonPropertyName("contentUrl")] public string? ContentUrl { get; init; }
    [JsonPropertyName("uniqueId")] public string? UniqueId { get; init; }
    [JsonPropertyName("fileType")] public string? FileType { get; init; }
}

/// <summary>The content of a file info card: the uploaded file's id and type.</summary>
internal sealed record FileInfoCard([property: JsonPropertyName("uniqueId")] string? UniqueId, [property: JsonPropertyName("fileType")] string? FileType);

/// <summary>The content of a file a person sent in a personal chat.</summary>
internal sealed record FileDownloadInfo
{
    [JsonPropertyName("downloadUrl")] public string? DownloadUrl { get; init; }
    [JsonPropertyName("uniqueId")] public string? UniqueId { get; init; }
    [JsonPropertyName("fileType")] public string? FileType { get; init; }
}

/// <summary>A file offered with a consent card, kept on the server until the person accepts or declines.</summary>
internal sealed record FileOffer(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("contentType")] string ContentType,
    [property: JsonPropertyName("content")] byte[] Content);
