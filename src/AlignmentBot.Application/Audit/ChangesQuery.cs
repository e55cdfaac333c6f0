using System.Globalization;
using System.Text.RegularExpressions;
using AlignmentBot.Conversations.Understanding;
using AlignmentBot.Domain.Common;

namespace AlignmentBot.Application.Audit;

/// <summary>
/// What a "what changed?" question asks for: which days (in the reader's time zone) and, when it names one, which kind
/// of thing ("who changed the SLA?" is about the agreement, over the whole history kept).
/// </summary>
/// <param name="From">The first day included.</param>
/// <param name="To">The last day included.</param>
/// <param name="Areas">The kinds of change asked about (<see cref="AuditKinds.Area"/>); empty for every kind.</param>
/// <param name="Label">"this week", "since Mon 30 Nov", "yesterday": how the answer names the period.</param>
public sealed partial record ChangesQuery(DateOnly From, DateOnly To, IReadOnlyList<string> Areas, string Label)
{
    /// <summary>"who changed the SLA?" names no period: it means as far back as the trail goes.</summary>
    public const int AllHistoryDays = 3660;

    private static readonly (string Area, string[] Words)[] AreaWords =
    [
        ("sla", ["sla", "slas", "agreement", "lead agreement"]),
        ("goal", ["goal", "goals", "target", "targets", "objective", "objectives"]),
        ("holiday", ["holiday", "holidays"]),
        ("subscription", ["digest", "digests", "subscription", "subscriptions"]),
        ("role", ["role", "roles", "admin", "admins"]),
        ("lead", ["lead", "leads", "verdict", "verdicts", "rejection", "rejections"]),
        ("measurement", ["number", "numbers", "measurement", "measurements", "check-in", "check-ins", "checkin", "metric", "metrics", "scorecard"]),
        ("import", ["import", "imports", "numbers", "measurements", "scorecard"]),
        ("request", ["request", "requests"]),
        ("workspace", ["setting", "settings", "workspace", "time zone", "currency"]),
        ("crm", ["crm", "sync", "hubspot", "salesforce", "stage mapping", "crm mapping"]),
    ];

    public bool Includes(AuditEntry entry) => Areas.Count == 0 || Areas.Contains(AuditKinds.Area(entry.Kind));

    /// <param name="read">Reads the date phrases of a piece of text (the turn's entity reader).</param>
    public static ChangesQuery Parse(string text, Func<string, Entities> read, DateOnly today, DayOfWeek weekStart)
    {
        var lower = text.ToLowerInvariant();
        var areas = AreaWords.Where(a => a.Words.Any(w => Regex.IsMatch(lower, $@"\b{Regex.Escape(w)}\b"))).Select(a => a.Area).Distinct().ToArray();
        if (areas.Contains("holiday"))
        {
            // "digest holidays" is about holidays, not subscriptions.
            areas = areas.Where(a => a != "subscription").ToArray();
        }

        if (Since().Match(lower) is { Success: true } since && SinceDay(since.Groups["when"].Value, read, today) is { } start)
        {
            return new ChangesQuery(start, today, areas, $"since {Day(start)}");
        }

        if (Today().IsMatch(lower))
        {
            return new ChangesQuery(today, today, areas, "today");
        }

        if (LastDays().Match(lower) is { Success: true } last && int.TryParse(last.Groups["n"].Value, CultureInfo.InvariantCulture, out var days) && days is > 0 and <= AllHistoryDays)
        {
            return new ChangesQuery(today.AddDays(1 - days), today, areas, $"in the last {days} days");
        }

        if (read(text).ReportedRange is { RangeStart: { } from, RangeEnd: { } to } range)
        {
            var end = to > today ? today : to;
            var label = range.Text.Trim();
            return new ChangesQuery(from, end < from ? from : end, areas, label.StartsWith("this ", StringComparison.Ordinal) || label.StartsWith("last ", StringComparison.Ordinal) ? label : $"on {label}");
        }

        if (areas.Length > 0 && !Week().IsMatch(lower))
        {
            return new ChangesQuery(today.AddDays(1 - AllHistoryDays), today, areas, "so far");
        }

        var week = Periods.Containing(today, PeriodKind.Week, weekStart);
        return new ChangesQuery(week.Start, today, areas, "this week");
    }

    private static DateOnly? SinceDay(string when, Func<string, Entities> read, DateOnly today)
    {
        when = when.Trim();
        if (Enum.TryParse<DayOfWeek>(when.Replace("last ", string.Empty, StringComparison.Ordinal).Trim(), ignoreCase: true, out var weekday) && !int.TryParse(when, out _))
        {
            // "since Monday" is the most recent Monday; today itself when today is Monday.
            var back = ((int)today.DayOfWeek - (int)weekday + 7) % 7;
            return today.AddDays(when.StartsWith("last ", StringComparison.Ordinal) && back == 0 ? -7 : -back);
        }

        if (DateOnly.TryParseExact(when, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
        {
            return exact;
        }

        if (DateTime.TryParseExact(when, ["MMMM", "MMM"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            var first = new DateOnly(today.Year, month.Month, 1);
            return first > today ? first.AddYears(-1) : first;
        }

        // "since December 1": the recognizers read a bare date as the next one; a "since" means the last one.
        var dates = read(when).DateList;
        var mention = dates.Count > 0 ? dates[0] : null;
        if (mention?.RangeStart is { } rangeStart)
        {
            return rangeStart;
        }

        if (mention?.Deadline is { } date)
        {
            while (date > today)
            {
                date = date.AddYears(-1);
            }

            return date;
        }

        return null;
    }

    private static string Day(DateOnly day) => day.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\bsince\s+(?<when>(last\s+)?[\w\- ]+?)\s*[?.!]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Since();

    [GeneratedRegex(@"\btoday\b", RegexOptions.CultureInvariant)]
    private static partial Regex Today();

    [GeneratedRegex(@"\b(last|past)\s+(?<n>\d{1,4})\s+days?\b", RegexOptions.CultureInvariant)]
    private static partial Regex LastDays();

    [GeneratedRegex(@"\b(this|last|past)\s+(week|month|quarter|year)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Week();
}
