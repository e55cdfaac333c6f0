using System.Text.Json.Serialization;

namespace AlignmentBot.Application.Understanding;

public sealed record CorpusMoney([property: JsonPropertyName("amount")] decimal Amount, [property: JsonPropertyName("currency")] string? Currency);
