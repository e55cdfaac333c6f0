namespace AlignmentBot.Application.Dialogs.Goals;

/// <summary>The goal being defined, slot by slot. Ids are fixed up front so saving twice (a retried turn) updates, never duplicates.</summary>
/// <param name="Period">"week", "month", "quarter", "year" for a rate; "total" for an amount to reach by the deadline.</param>
/// <param name="GrowthPercent">"grow revenue 10%": the target is the baseline plus this share.</param>
/// <param name="OwnerSaid">An owner named in words ("Priya owns it") and not yet matched to a person.</param>
/// <param name="Currency">The currency said with an amount ("£70"); null for the workspace's.</param>
/// <param name="Keep">The target is a bound today's level already keeps ("CPL under $95" at $86): a ceiling (or floor) to keep,
/// saved without a baseline to move from.</param>
/// <param name="Challenged">An unrealistic target was already challenged before the owner question (kept or replaced).</param>
/// <param name="Child">For a company goal: the marketing goal translated from it through the reverse funnel.</param>
public sealed record GoalDraft(
    string AskedAs,
    Guid GoalId,
    Guid ChildGoalId,
    string? Metric = null,
    decimal? Target = null,
    decimal? GrowthPercent = null,
    string? Period = null,
    decimal? Baseline = null,
    string? BaselineSource = null,
    bool BaselineSkipped = false,
    DateOnly? Deadline = null,
    string? Direction = null,
    string? OwnerName = null,
    string? OwnerId = null,
    int TargetAttempts = 0,
    bool AskBaseline = false,
    string? Numbers = null,
    decimal? SuggestedTarget = null,
    ChildGoalDraft? Child = null,
    int OwnerAttempts = 0,
    string? ChildOwnerId = null,
    string? ChildOwnerName = null,
    string? OwnerSaid = null,
    string? Currency = null,
    bool Keep = false,
    bool Challenged = false);
