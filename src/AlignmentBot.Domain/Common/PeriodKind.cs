namespace AlignmentBot.Domain.Common;

public enum PeriodKind
{
    Week,
    Month,
    Quarter,
    Year,
}
