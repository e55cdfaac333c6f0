namespace AlignmentBot.Domain.Metrics;

public enum BetterWhen
{
    Higher,
    Lower,
}
