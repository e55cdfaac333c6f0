using AlignmentBot.Domain.Goals;

namespace AlignmentBot.Domain.Reminders;

/// <summary>A goal with what the planner needs about its owner: their time zone (from the platform) and preferences.</summary>
/// <param name="SetterZone">The time zone of the person who set the goal, for their notice; the owner's when unknown.</param>
public sealed record CheckInSubject(Goal Goal, TimeZoneInfo OwnerZone, ReminderPreferences Preferences, TimeZoneInfo? SetterZone = null);
