using System.Text.Json.Serialization;

namespace AlignmentBot.Integrations.Crm.Salesforce;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SalesforceTokenResponse))]
[JsonSerializable(typeof(SalesforceQueryResponse))]
[JsonSerializable(typeof(IReadOnlyList<SalesforceError>))]
internal sealed partial class SalesforceJsonContext : JsonSerializerContext;
