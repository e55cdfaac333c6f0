using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlignmentBot.Integrations.Crm.Salesforce;

/// <summary>GET /services/data/vXX.X/query?q=... or a query locator: a batch of records and, unless done, where the next batch is.</summary>
internal sealed record SalesforceQueryResponse
{
    [JsonPropertyName("totalSize")] public int TotalSize { get; init; }

    [JsonPropertyName("done")] public bool Done { get; init; }

    [JsonPropertyName("nextRecordsUrl")] public string? NextRecordsUrl { get; init; }

    /// <summary>Records with an "attributes" object and the selected fields; relationship fields nest ("Campaign": {"Name": ...}).</summary>
    [JsonPropertyName("records")] public IReadOnlyList<JsonElement> Records { get; init; } = [];
}
