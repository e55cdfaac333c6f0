using System.Text.Json.Serialization;

namespace AlignmentBot.Application.Understanding;

public sealed record CorpusEntities(
    [property: JsonPropertyName("metric")] string? Metric = null,
    [property: JsonPropertyName("target")] decimal? Target = null,
    [property: JsonPropertyName("percent")] decimal? Percent = null,
    [property: JsonPropertyName("money")] CorpusMoney? Money = null,
    [property: JsonPropertyName("period")] string? Period = null,
    [property: JsonPropertyName("deadline")] DateOnly? Deadline = null,
    [property: JsonPropertyName("direction")] string? Direction = null);
