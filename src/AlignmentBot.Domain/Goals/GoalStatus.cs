namespace AlignmentBot.Domain.Goals;

public enum GoalStatus
{
    Draft,
    Active,
    Achieved,
    Missed,
    Archived,
}
