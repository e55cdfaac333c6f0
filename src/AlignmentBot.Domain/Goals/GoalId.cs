namespace AlignmentBot.Domain.Goals;

public readonly record struct GoalId(Guid Value)
{
    public static GoalId New() => new(Guid.NewGuid());

    public static bool TryParse(string? text, out GoalId id)
    {
        var ok = Guid.TryParse(text, out var guid);
        id = new GoalId(guid);
        return ok;
    }

    public override string ToString() => Value.ToString("D");
}
