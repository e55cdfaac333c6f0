using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Teams.AdaptiveCards;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AdaptiveExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(AdaptiveSubmitAction), "Action.Submit")]
internal abstract record AdaptiveAction([property: JsonPropertyName("title")] string Title)
{
    /// <summary>"positive" or "destructive".</summary>
    [JsonPropertyName("style")] public string? Style { get; init; }
    [JsonPropertyName("data")] public IReadOnlyDictionary<string, string>? Data { get; init; }
}

/// <summary>Universal Action: Teams answers it with an "adaptiveCard/action" invoke the bot answers in the HTTP response.</summary>
internal sealed record AdaptiveExecuteAction(string Title, [property: JsonPropertyName("verb")] string Verb) : AdaptiveAction(Title)
{
    /// <summary>For clients without Universal Actions: the same press as a message activity with a value.</summary>
    [JsonPropertyName("fallback")] public AdaptiveAction? Fallback { get; init; }
}

internal sealed record AdaptiveSubmitAction(string Title) : AdaptiveAction(Title);
