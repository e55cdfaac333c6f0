using AlignmentBot.Domain.Scorecards;

namespace AlignmentBot.Domain.Digests;

/// <param name="Pace">For goals: where the goal stands now.</param>
public sealed record UpcomingDeadline(DeadlineKind Kind, string Title, DateOnly Date, string? Owner, Pace? Pace = null)
{
    public bool IsOverdue(DateOnly today) => Date < today;
}
