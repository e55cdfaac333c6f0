using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Teams.Schema;

internal sealed record ErrorResponse([property: JsonPropertyName("error")] ErrorBody? Error);

internal sealed record ErrorBody([property: JsonPropertyName("code")] string? Code, [property: JsonPropertyName("message")] string? Message);
