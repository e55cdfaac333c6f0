using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Teams.AdaptiveCards;

internal abstract record AdaptiveInput(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("label")] string Label) : AdaptiveElement
{
    [JsonPropertyName("isRequired")] public bool? IsRequired { get; init; }
    [JsonPropertyName("errorMessage")] public string? ErrorMessage { get; init; }
}

internal sealed record AdaptiveTextInput(string Id, string Label) : AdaptiveInput(Id, Label)
{
    [JsonPropertyName("value")] public string? Value { get; init; }
    [JsonPropertyName("placeholder")] public string? Placeholder { get; init; }
    [JsonPropertyName("isMultiline")] public bool? IsMultiline { get; init; }

    /// <summary>"password" masks what is typed (Adaptive Cards 1.5).</summary>
    [JsonPropertyName("style")] public string? Style { get; init; }
}

internal sealed record AdaptiveNumberInput(string Id, string Label) : AdaptiveInput(Id, Label)
{
    [JsonPropertyName("value")] public decimal? Value { get; init; }
    [JsonPropertyName("placeholder")] public string? Placeholder { get; init; }
}

internal sealed record AdaptiveDateInput(string Id, string Label) : AdaptiveInput(Id, Label)
{
    /// <summary>yyyy-MM-dd.</summary>
    [JsonPropertyName("value")] public string? Value { get; init; }
}

internal sealed record AdaptiveChoiceSetInput(string Id, string Label, [property: JsonPropertyName("choices")] IReadOnlyList<AdaptiveChoice> Choices) : AdaptiveInput(Id, Label)
{
    [JsonPropertyName("value")] public string? Value { get; init; }

    /// <summary>"compact" (a drop-down), "expanded" (radio buttons) or "filtered" (type to search).</summary>
    [JsonPropertyName("style")] public string? Style { get; init; }

    /// <summary>Teams' people picker: choices searched in the organisation's directory; the value is the person's AAD object id.</summary>
    [JsonPropertyName("choices.data")] public AdaptiveDataQuery? ChoicesData { get; init; }
}

/// <summary>Dynamic choices for an Input.ChoiceSet; "graph.microsoft.com/users" is the Teams people picker.</summary>
internal sealed record AdaptiveDataQuery([property: JsonPropertyName("dataset")] string Dataset)
{
    [JsonPropertyName("type")] public string Type { get; init; } = "Data.Query";

    public const string People = "graph.microsoft.com/users";
}

internal sealed record AdaptiveChoice([property: JsonPropertyName("title")] string Title, [property: JsonPropertyName("value")] string Value);
