namespace AlignmentBot.Domain.Goals;

public enum Direction
{
    Increase,
    Decrease,
}
