using System.Text.Json.Serialization;

namespace AlignmentBot.Integrations.Crm.HubSpot;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HubSpotSearchRequest))]
[JsonSerializable(typeof(HubSpotSearchResponse))]
[JsonSerializable(typeof(HubSpotError))]
internal sealed partial class HubSpotJsonContext : JsonSerializerContext;
