namespace AlignmentBot.Domain.Common;

/// <summary>An inclusive range of calendar days.</summary>
public readonly record struct DateRange
{
    public DateRange(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentException($"Range end {end:yyyy-MM-dd} is before its start {start:yyyy-MM-dd}.", nameof(end));
        }

        Start = start;
        End = end;
    }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public int Days => End.DayNumber - Start.DayNumber + 1;

    public static DateRange Day(DateOnly day) => new(day, day);

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <summary>Number of days both ranges share (0 when they do not touch).</summary>
    public int OverlapDays(DateRange other)
    {
        var start = Math.Max(Start.DayNumber, other.Start.DayNumber);
        var end = Math.Min(End.DayNumber, other.End.DayNumber);
        return Math.Max(0, end - start + 1);
    }

    public DateRange ShiftDays(int days) => new(Start.AddDays(days), End.AddDays(days));

    public override string ToString() => Start == End ? $"{Start:yyyy-MM-dd}" : $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}";
}
