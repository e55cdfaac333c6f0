namespace AlignmentBot.Conversations.Cards;

/// <summary>A small table (a scorecard). Channels without tables render each row as a line of fields.</summary>
public sealed record TableBlock(IReadOnlyList<string> Columns, IReadOnlyList<TableRow> Rows) : CardBlock;
