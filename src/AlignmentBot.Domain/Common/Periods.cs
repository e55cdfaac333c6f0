namespace AlignmentBot.Domain.Common;

/// <summary>Calendar arithmetic for reporting periods.</summary>
public static class Periods
{
    public static DateRange Containing(DateOnly day, PeriodKind kind, DayOfWeek weekStart = DayOfWeek.Monday)
    {
        switch (kind)
        {
            case PeriodKind.Week:
                var start = WeekStart(day, weekStart);
                return new DateRange(start, start.AddDays(6));
            case PeriodKind.Month:
                var month = new DateOnly(day.Year, day.Month, 1);
                return new DateRange(month, month.AddMonths(1).AddDays(-1));
            case PeriodKind.Quarter:
                var quarter = new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1);
                return new DateRange(quarter, quarter.AddMonths(3).AddDays(-1));
            case PeriodKind.Year:
                return new DateRange(new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31));
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    /// <summary>The first day of the week containing <paramref name="day"/> (a Monday unless the week starts otherwise).</summary>
    public static DateOnly WeekStart(DateOnly day, DayOfWeek weekStart = DayOfWeek.Monday)
        => day.AddDays(-(((int)day.DayOfWeek - (int)weekStart + 7) % 7));

    /// <summary>The first <paramref name="weekday"/> on or after <paramref name="day"/>.</summary>
    public static DateOnly OnOrAfter(DateOnly day, DayOfWeek weekday) => day.AddDays(((int)weekday - (int)day.DayOfWeek + 7) % 7);

    public static DateRange Previous(DateRange period, PeriodKind kind, DayOfWeek weekStart = DayOfWeek.Monday)
        => Containing(period.Start.AddDays(-1), kind, weekStart);

    /// <summary>The last <paramref name="count"/> complete periods before the one containing <paramref name="today"/>, oldest first.</summary>
    public static IReadOnlyList<DateRange> CompletedBefore(DateOnly today, PeriodKind kind, int count, DayOfWeek weekStart = DayOfWeek.Monday)
    {
        var result = new DateRange[count];
        var current = Containing(today, kind, weekStart);
        for (var i = count - 1; i >= 0; i--)
        {
            current = Previous(current, kind, weekStart);
            result[i] = current;
        }

        return result;
    }

    /// <summary>A rolling window of one period's typical length ending on <paramref name="end"/>.</summary>
    public static DateRange Trailing(DateOnly end, PeriodKind kind) => new(end.AddDays(1 - TypicalDays(kind)), end);

    public static int TypicalDays(PeriodKind kind) => kind switch
    {
        PeriodKind.Week => 7,
        PeriodKind.Month => 30,
        PeriodKind.Quarter => 91,
        PeriodKind.Year => 365,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>How many periods of <paramref name="kind"/> fit in a year (52, 12, 4, 1).</summary>
    public static decimal PerYear(PeriodKind kind) => kind switch
    {
        PeriodKind.Week => 52m,
        PeriodKind.Month => 12m,
        PeriodKind.Quarter => 4m,
        PeriodKind.Year => 1m,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Converts a per-period rate, e.g. 100 per quarter → 33.3 per month.</summary>
    public static decimal ConvertRate(decimal value, PeriodKind from, PeriodKind to) => value * PerYear(from) / PerYear(to);

    public static string Noun(PeriodKind kind) => kind switch
    {
        PeriodKind.Week => "week",
        PeriodKind.Month => "month",
        PeriodKind.Quarter => "quarter",
        PeriodKind.Year => "year",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string? text, out PeriodKind kind)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "week" or "weekly" or "w": kind = PeriodKind.Week; return true;
            case "month" or "monthly" or "m": kind = PeriodKind.Month; return true;
            case "quarter" or "quarterly" or "q": kind = PeriodKind.Quarter; return true;
            case "year" or "yearly" or "annual" or "annually" or "y": kind = PeriodKind.Year; return true;
            default: kind = default; return false;
        }
    }
}
