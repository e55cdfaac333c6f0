using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Teams.AdaptiveCards;

internal sealed record AdaptiveFactSet([property: JsonPropertyName("facts")] IReadOnlyList<AdaptiveFact> Facts) : AdaptiveElement;

internal sealed record AdaptiveFact([property: JsonPropertyName("title")] string Title, [property: JsonPropertyName("value")] string Value);
