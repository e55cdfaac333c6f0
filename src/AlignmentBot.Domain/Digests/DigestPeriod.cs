using AlignmentBot.Domain.Common;

namespace AlignmentBot.Domain.Digests;

/// <summary>
/// What a digest on <see cref="DigestDate"/> reports on: the last complete work week (or two, for
/// every-two-weeks digests) before the week it is sent in, compared with the same span before it.
/// Complete weeks only, so weekly imports and check-ins compare like with like whatever day the digest goes out.
/// </summary>
public sealed record DigestPeriod
{
    public DigestPeriod(DateOnly digestDate, int weeks = 1, DayOfWeek weekStart = DayOfWeek.Monday)
    {
        if (weeks is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(weeks), weeks, "A digest covers one to four weeks.");
        }

        DigestDate = digestDate;
        Weeks = weeks;
        WeekStart = weekStart;
        var thisWeek = DigestCalendar.WeekStartOf(digestDate, weekStart);
        Window = new DateRange(thisWeek.AddDays(-7 * weeks), thisWeek.AddDays(-1));
        PreviousWindow = Window.ShiftDays(-7 * weeks);
    }

    public DateOnly DigestDate { get; }

    public int Weeks { get; }

    public DayOfWeek WeekStart { get; }

    public DateRange Window { get; }

    public DateRange PreviousWindow { get; }

    /// <summary>Goals are judged as of the day before the digest: complete days only.</summary>
    public DateOnly AsOf => DigestDate.AddDays(-1);

    /// <summary>Where goals stood one digest ago, for "what changed".</summary>
    public DateOnly PreviousAsOf => AsOf.AddDays(-7 * Weeks);

    /// <summary>"last week" or "the last two weeks": the window, as the digest's readers see it on the day it arrives.</summary>
    public string Noun => Weeks == 1 ? "last week" : $"the last {Count(Weeks)} weeks";

    /// <summary>"the week before" or "the two weeks before".</summary>
    public string PreviousNoun => Weeks == 1 ? "the week before" : $"the {Count(Weeks)} weeks before";

    private static string Count(int weeks) => weeks switch { 2 => "two", 3 => "three", _ => "four" };
}
