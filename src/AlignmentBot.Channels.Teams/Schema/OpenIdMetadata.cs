using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Teams.Schema;

internal sealed record OpenIdMetadata(
    [property: JsonPropertyName("issuer")] string? Issuer,
    [property: JsonPropertyName("jwks_uri")] string? JwksUri,
    [property: JsonPropertyName("id_token_signing_alg_values_supported")] IReadOnlyList<string>? SigningAlgorithms);

/// <summary>The keys document as the Bot Connector publishes it: each key may list the channels it is endorsed for.</summary>
internal sealed record JwksDocument([property: JsonPropertyName("keys")] IReadOnlyList<JwksKey>? Keys);

internal sealed record JwksKey
{
    [JsonPropertyName("kid")] public string? Kid { get; init; }
    [JsonPropertyName("endorsements")] public IReadOnlyList<string>? Endorsements { get; init; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}
