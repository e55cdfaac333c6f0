using AlignmentBot.Conversations.Understanding;

namespace AlignmentBot.Application.Dialogs.Goals;

/// <summary>How a goal dialog starts: the words as asked and what was understood from them.</summary>
/// <param name="Draft">A draft already filled (by the goal form): the dialog carries on from it with the same steps as chat.</param>
/// <param name="Owner">The owner the opening message named (<see cref="GoalOpening"/>), the last one said; null to read it here.</param>
public sealed record GoalDialogOptions(string AskedAs, Entities Entities, GoalDraft? Draft = null, string? Owner = null);
