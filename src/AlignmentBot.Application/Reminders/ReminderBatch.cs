using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Reminders;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Reminders;

/// <summary>Everything due for one person now: several goals travel in one message.</summary>
/// <param name="Person">The person as the bot knows them; null when they never talked to it (their id comes from a goal).</param>
/// <param name="AskedBy">Who asked for it in chat ("remind Priya about CPL now"), said first in the message; null for the scheduled run.</param>
public sealed record ReminderBatch(string PersonId, Person? Person, IReadOnlyList<(DueReminder Due, Goal Goal)> Items, string? AskedBy = null);
