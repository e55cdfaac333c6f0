namespace AlignmentBot.Application.Dialogs.Goals;

/// <summary>A change to an existing goal, asked for in words and saved only on Confirm.</summary>
/// <param name="Kind">"target", "deadline", "owner" or "status"; "change" for several of target, deadline and owner at once (a change corrected at its card or right after saving).</param>
/// <param name="Named">How the goal was named: a metric name, or words of what was asked ("close deals faster").</param>
/// <param name="ShiftMonths">The deadline moved by a length of time rather than to a day ("push the deadline back a month": 1;
/// "pull it in by a quarter": -3), applied to the goal's deadline once it is found.</param>
/// <param name="Status">For a close or archive: "achieved", "missed", "dropped" or "archived"; the first three ask for a reason, which is kept with the goal.</param>
public sealed record GoalEditDraft(
    string Text,
    string Kind,
    IReadOnlyList<string> Metrics,
    string? Named,
    decimal? Target = null,
    DateOnly? Deadline = null,
    string? OwnerSaid = null,
    string? Status = null,
    Guid? GoalId = null,
    string? OwnerName = null,
    string? OwnerId = null,
    string? Reason = null,
    int? ShiftMonths = null,
    decimal? TargetBy = null,
    bool TargetByPercent = false);
