using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Teams.Schema;

/// <summary>The value of an "adaptiveCard/action" invoke (Action.Execute).</summary>
internal sealed record AdaptiveCardInvokeValue([property: JsonPropertyName("action")] AdaptiveCardInvokeAction? Action);

internal sealed record AdaptiveCardInvokeAction(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("verb")] string? Verb,
    [property: JsonPropertyName("data")] JsonElement? Data);
