using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Teams.AdaptiveCards;

/// <summary>The Table element (new in 1.5). The first row holds the column titles.</summary>
internal sealed record AdaptiveTable(
    [property: JsonPropertyName("columns")] IReadOnlyList<AdaptiveTableColumn> Columns,
    [property: JsonPropertyName("rows")] IReadOnlyList<AdaptiveTableRow> Rows) : AdaptiveElement
{
    [JsonPropertyName("firstRowAsHeader")] public bool FirstRowAsHeader { get; init; } = true;
    [JsonPropertyName("showGridLines")] public bool ShowGridLines { get; init; }
}

internal sealed record AdaptiveTableColumn([property: JsonPropertyName("width")] int Width);

internal sealed record AdaptiveTableRow([property: JsonPropertyName("cells")] IReadOnlyList<AdaptiveTableCell> Cells)
{
    [JsonPropertyName("type")] public string Type => "TableRow";

    /// <summary>"good", "warning" or "attention": the row's pace colour.</summary>
    [JsonPropertyName("style")] public string? Style { get; init; }
}

internal sealed record AdaptiveTableCell([property: JsonPropertyName("items")] IReadOnlyList<AdaptiveElement> Items)
{
    [JsonPropertyName("type")] public string Type => "TableCell";
}
