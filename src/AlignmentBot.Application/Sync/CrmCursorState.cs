namespace AlignmentBot.Application.Sync;

/// <summary>How far one object is synced: the saved cursor and when it was saved.</summary>
public sealed record CrmCursorState(CrmSource Source, CrmObjectKind Kind, CrmCursor Cursor, DateTimeOffset UpdatedAt);
