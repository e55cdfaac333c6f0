using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Teams.Schema;

/// <summary>Body of the HTTP response to an "adaptiveCard/action" invoke.</summary>
internal sealed record AdaptiveCardInvokeResponse(
    [property: JsonPropertyName("statusCode")] int StatusCode,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("value")] JsonElement Value)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";
}
