using AlignmentBot.Conversations.Understanding;

namespace AlignmentBot.Application.Dialogs.Goals;

/// <summary>How a goal dialog starts: the words as asked and what was understood from them.</summary>
/// <param name="Draft">A draft already filled (by the goal form): the dialog carries on from it with the same steps as chat.</param>
public sealed record GoalDialogOptions(string AskedAs, Entities Entities, GoalDraft? Draft = null);
