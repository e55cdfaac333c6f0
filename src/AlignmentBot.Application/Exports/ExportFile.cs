using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Application.Exports;

/// <summary>An export: the CSV file and how many data rows it holds (the header not counted).</summary>
public sealed record ExportFile(ExportKind Kind, FileAttachment File, int Rows);
