using System.Text.Json.Serialization;

namespace AlignmentBot.Application.Understanding;

/// <summary>One labeled line of Understanding/corpus.jsonl.</summary>
public sealed record CorpusUtterance(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("intent")] string Intent,
    [property: JsonPropertyName("split")] string Split,
    [property: JsonPropertyName("entities")] CorpusEntities Entities)
{
    /// <summary>Never trained on: "dev" (used to choose the model's design) and "test" (blind, evaluated once when the design was final).</summary>
    public bool IsHeldOut => Split != "tune";
}
