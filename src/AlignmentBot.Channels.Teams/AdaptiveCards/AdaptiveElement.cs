using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Teams.AdaptiveCards;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AdaptiveTextBlock), "TextBlock")]
[JsonDerivedType(typeof(AdaptiveFactSet), "FactSet")]
[JsonDerivedType(typeof(AdaptiveTable), "Table")]
[JsonDerivedType(typeof(AdaptiveTextInput), "Input.Text")]
[JsonDerivedType(typeof(AdaptiveNumberInput), "Input.Number")]
[JsonDerivedType(typeof(AdaptiveDateInput), "Input.Date")]
[JsonDerivedType(typeof(AdaptiveChoiceSetInput), "Input.ChoiceSet")]
internal abstract record AdaptiveElement
{
    [JsonPropertyName("separator")] public bool? Separator { get; init; }
    [JsonPropertyName("spacing")] public string? Spacing { get; init; }
}
