using AlignmentBot.Application.Import;

namespace AlignmentBot.Application.Dialogs.Files;

/// <summary>
/// A checked file waiting for Confirm, kept on the server (in the conversation's state, never on a button): its name,
/// its text as decoded, the encoding when that was a guess, and what the preview promised.
/// </summary>
public sealed record FileImportState(string FileName, string Text, string? ReadAs, ImportKind Kind, int Count);
