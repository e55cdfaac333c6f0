using System.Globalization;
using AlignmentBot.Domain.Common;

namespace AlignmentBot.Domain.Reminders;

/// <summary>One period a goal's number is checked in for: a week, a two-week block or a month.</summary>
/// <param name="Key">The first day, "2026-11-30": stored with every reminder of the period.</param>
public sealed record CheckInPeriod(DateRange Range, string Key)
{
    public static CheckInPeriod Of(DateRange range) => new(range, range.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>"the week of 30 Nov", "the two weeks from 16 Nov", "November 2026".</summary>
    public string Describe()
        => Range.Days switch
        {
            7 => $"the week of {Range.Start.ToString("d MMM", CultureInfo.InvariantCulture)}",
            14 => $"the two weeks from {Range.Start.ToString("d MMM", CultureInfo.InvariantCulture)}",
            _ => Range.Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        };
}
