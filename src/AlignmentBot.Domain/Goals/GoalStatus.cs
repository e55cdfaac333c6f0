namespace AlignmentBot.Domain.Goals;

public enum GoalStatus
{
    Draft,
    Active,
    Achieved,
    Missed,
    Archived,

    /// <summary>Closed because nobody will pursue it any more (a reason is kept).</summary>
    Dropped,
}
