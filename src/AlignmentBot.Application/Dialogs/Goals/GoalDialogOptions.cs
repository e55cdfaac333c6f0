using AlignmentBot.Conversations.Understanding;

namespace AlignmentBot.Application.Dialogs.Goals;

/// <summary>How a goal dialog starts: the words as asked and what was understood from them.</summary>
public sealed record GoalDialogOptions(string AskedAs, Entities Entities);
