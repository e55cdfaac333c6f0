namespace AlignmentBot.Conversations.Cards;

/// <summary>A small table (a scorecard). Channels without tables render each row as a line of fields. Columns and cells are plain text, shown as written.</summary>
public sealed record TableBlock(IReadOnlyList<string> Columns, IReadOnlyList<TableRow> Rows) : CardBlock;
