using System.Text.Json.Serialization;

namespace AlignmentBot.Application.Understanding;

/// <summary>The `understand` command's JSON shape, a contract (docs/contracts.md).</summary>
public sealed record UnderstandingOutput(
    [property: JsonPropertyName("intent")] string Intent,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("entities")] CorpusEntities Entities);
