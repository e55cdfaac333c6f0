using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Teams.Schema;

internal sealed record ResourceResponse([property: JsonPropertyName("id")] string? Id);
