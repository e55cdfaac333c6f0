namespace AlignmentBot.Application.Understanding;

/// <summary>
/// A weekday named in chat ("mon", "tues", "thurs", "fridays"), shared by every reader that reads one (reminders, absences,
/// digest times, corrections) so they agree on what a day word is. Calendar arithmetic lives in the domain
/// (<see cref="Domain.Common.Periods"/>).
/// </summary>
public static class WeekdayWords
{
    /// <summary>
    /// The day a word of at least three letters names: the start of its name ("thu", "thurs", "wednes"), a plural
    /// ("fridays", "weds"), or its first three letters and "day" with a slip between ("wedensday", "tuesdy" is not). Null for
    /// words that only start like one ("month", "sunny", "friendly", "wedding").
    /// </summary>
    public static DayOfWeek? Named(string? word)
    {
        if (word is null || word.Length < 3)
        {
            return null;
        }

        var w = word.ToLowerInvariant();
        var single = w.EndsWith('s') && w.Length > 3 ? w[..^1] : w;
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var name = day.ToString().ToLowerInvariant();
            if (name.StartsWith(w, StringComparison.Ordinal) || name.StartsWith(single, StringComparison.Ordinal)
                || (w.StartsWith(name[..3], StringComparison.Ordinal) && (single.EndsWith("day", StringComparison.Ordinal))))
            {
                return day;
            }
        }

        return null;
    }
}
