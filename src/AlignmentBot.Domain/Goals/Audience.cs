namespace AlignmentBot.Domain.Goals;

/// <summary>Whose goal it is: company goals belong to leadership, translated ones to marketing or sales.</summary>
public enum Audience
{
    Leadership,
    Marketing,
    Sales,
    Shared,
}
