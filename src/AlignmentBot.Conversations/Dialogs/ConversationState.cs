namespace AlignmentBot.Conversations.Dialogs;

/// <summary>Everything kept between turns for one dialog owner (a 1:1 conversation, or one person in a group conversation).</summary>
/// <param name="SchemaVersion">The shape of this record; a newer build that cannot read an older shape starts fresh.</param>
/// <param name="PendingText">Something the person said that must be handled after the current dialog (e.g. their first message, asked before their role).</param>
/// <param name="Recent">The last thing recorded, for a correction or "undo that" right after it.</param>
/// <param name="Aside">A dialog put aside when a side trip opened one of its own; it comes back when that one ends.</param>
public sealed record ConversationState(int SchemaVersion, IReadOnlyList<DialogFrame> Stack, DateTimeOffset LastActivityAt, string? PendingText = null, RecentAction? Recent = null,
    IReadOnlyList<DialogFrame>? Aside = null)
{
    public const int CurrentSchemaVersion = 1;

    public static ConversationState Empty(DateTimeOffset now) => new(CurrentSchemaVersion, [], now);

    public bool IsActive => Stack.Count > 0;
}
