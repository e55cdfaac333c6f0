namespace AlignmentBot.Application.Import;

/// <summary>One data row and the physical line it starts on (1-based, header is line 1).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
