namespace AlignmentBot.Application.Privacy;

/// <summary>How many rows of one table a purge deleted.</summary>
public sealed record PurgedTable(string Table, int Rows);
