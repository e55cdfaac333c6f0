using System.Globalization;
using System.Text.RegularExpressions;
using AlignmentBot.Application.Understanding;
using AlignmentBot.Domain.Common;

namespace AlignmentBot.Application.Reminders;

/// <summary>
/// The speaker saying they will be away, and the last day away, however the days are said: "I'm OOO next thu and fri btw",
/// "taking thu and fri off", "ooo dec 1-3", "away from the 30th to the 1st", "pto next week 🌴", "OOO this week, back
/// monday". Built from small parts rather than one phrasing each: a word of absence, every day mentioned (weekdays, dates,
/// "tomorrow", "next week", "the rest of the week"), read in order so a weekday after "next thu" is in the same week and a
/// day number after "the 30th" is in the next month; the last one is the last day away, or the day before a day they are
/// "back". Questions, the past and other people ("is alex OOO next week?", "I was OOO last week") are not the speaker
/// announcing an absence.
/// </summary>
public static partial class AbsenceWords
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Whether the message announces the speaker's absence with at least one day in it (no date arithmetic, so no today needed).</summary>
    public static bool Announces(string? text) => Clean(text) is { } t && IsAnnouncement(t) && Mention().IsMatch(t);

    /// <summary>The last day the speaker is away (a "back" day is the day after it), or null when the message is not that.</summary>
    public static DateOnly? LastDayOut(string? text, DateOnly today)
    {
        if (Clean(text) is not { } t || !IsAnnouncement(t))
        {
            return null;
        }

        DateOnly? last = null;
        DateOnly? week = null;
        DateOnly? back = null;
        var cursor = today;
        var nextWeek = false;
        foreach (Match m in Mention().Matches(t))
        {
            var days = Resolve(m, today, ref cursor, ref nextWeek);
            if (days is not { } day)
            {
                continue;
            }

            if (m.Groups["back"].Success)
            {
                back = day.AddDays(-1);
                continue;
            }

            // "next week tue to thu": a week said with days in it only says which week the days are in.
            if (m.Groups["week"].Success)
            {
                week = week is { } w && w > day ? w : day;
                continue;
            }

            last = last is { } l && l > day ? l : day;
        }

        var until = back ?? last ?? week;
        return until is { } u && u >= today ? u : null;
    }

    /// <summary>
    /// The speaker saying they are away with no day at all: "I'm OOO", "I'll be on leave", "I'm out of office 🌴". The command
    /// asks until when rather than guessing.
    /// </summary>
    public static bool AwayWithoutDay(string? text)
        => !string.IsNullOrWhiteSpace(text) && text.Length <= 60 && AwayAlone().IsMatch(Spaces().Replace(text.Trim().Replace('’', '\'').ToLowerInvariant(), " "));

    /// <summary>
    /// The clause at the end of a long message that announces the absence ("…juggling speeches and spreadsheets, anyway I'm out
    /// til the 9th"): the story before it has its own days, which are not the absence's. Null when the end is not one.
    /// </summary>
    public static string? AnnouncedAtEnd(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim();
        var breaks = ClauseBreak().Matches(t).Select(m => m.Index + m.Length).Reverse().Take(3);
        foreach (var start in breaks)
        {
            var tail = t[start..].Trim();
            if (tail.Length is > 0 and <= 200 && Announces(tail))
            {
                return tail;
            }
        }

        return null;
    }

    [GeneratedRegex(@"[,;.!]\s+(?:(?:so|anyway|anyways|but|and)\b[\s,]*)?", Options)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^\W*(?:" + Opener + @")*(?:(?:i'm|im|i\s+am|i'll\s+be|ill\s+be|i\s+will\s+be|gonna\s+be)\s+)?(?:ooo|oof|afk|out\s+of\s+(?:the\s+)?office|on\s+(?:pto|leave|holiday|holidays|vacation|vacay|parental\s+leave|sick\s+leave)|(?:off|out)\s+sick|away|taking\s+(?:some\s+)?(?:pto|time\s+off|leave))(?:\s+(?:from\s+)?(?:today|now|for\s+a\s+bit|for\s+a\s+while))?[\s.!]*(?:\p{So}|\p{Cs})*[\s.!]*$", Options)]
    private static partial Regex AwayAlone();

    private static string? Clean(string? text)
        => string.IsNullOrWhiteSpace(text) || text.Length > 200 ? null : Spaces().Replace(text.Trim().Replace('’', '\'').ToLowerInvariant(), " ");

    private static bool IsAnnouncement(string t)
        => (Absent().IsMatch(t) || BackOn().IsMatch(t) || BackAt().IsMatch(t) || ((Elsewhere().IsMatch(t) || Held().IsMatch(t)) && Bounded(t)))
           && !t.TrimEnd().EndsWith('?') && !Asked().IsMatch(t) && !NotNow().IsMatch(t) && !Reminding().IsMatch(t);

    /// <summary>
    /// Whether the message says how long the absence lasts ("till the 4th", "back on the 7th", "14-18 dec", "all next week"),
    /// not only a day: "no reminders on fridays" is no absence, "hold my reminders till friday" is.
    /// </summary>
    public static bool Bounded(string? text) => Clean(text) is { } t && Bound().IsMatch(t);

    /// <summary>
    /// An absence announced with how long it lasts, read before the reminder words in it ("away at a conference till friday,
    /// don't chase me" is out until Friday, not every reminder off for good).
    /// </summary>
    public static bool AnnouncesUntil(string? text) => Announces(text) && Bounded(text);

    /// <summary>
    /// The last day away said again right after an absence was noted, without the words of one: "actually make that dec 8,
    /// flights changed", "make it the 4th", "it's 14-22 dec now", "no wait, till the 3rd", also after a reason said first
    /// ("flights changed, make it the 6th"). A correction opener, then the days; read as an absence of those days. Null when the message is not that.
    /// </summary>
    public static DateOnly? Corrected(string? text, DateOnly today)
    {
        if (Clean(text) is not { } t || t.TrimEnd().EndsWith('?') || Asked().IsMatch(t))
        {
            return null;
        }

        // "flights changed, make it the 6th", "ugh, visa issues, I'm stuck here, make it dec 8": the reason is often said first,
        // a clause or two with no day in it; the change is the clause that opens with a correction and names the day.
        for (var clauses = 0; clauses <= 3; clauses++)
        {
            if (CorrectionOpener().Match(t) is { Success: true, Length: > 0 } opener && Mention().Match(t[opener.Length..]) is { Success: true, Index: 0 })
            {
                return LastDayOut("out " + t[opener.Length..], today);
            }

            // "oh wait flights moved, back on the 14th": the day back said after the reason; the last day out is the day before.
            var rest = CorrectionOpener().Match(t) is { Success: true } said ? t[said.Length..] : t;
            if (BackThen().Match(rest) is { Success: true } back)
            {
                return LastDayOut(back.Groups["who"].Success ? rest : "i'm " + rest, today);
            }

            if (ReasonClause().Match(t) is not { Success: true } reason || Mention().IsMatch(reason.Value) || reason.Value.Any(char.IsDigit))
            {
                return null;
            }

            t = t[reason.Length..];
        }

        return null;
    }

    /// <summary>A clause said before the change, up to its comma or full stop: "flights changed, ", "client asked me to stay on, ".</summary>
    [GeneratedRegex(@"^[^,;.!?]+[,;.!]+\s*(?:(?:so|and|but)\s+)?", Options)]
    private static partial Regex ReasonClause();

    private static DateOnly? Resolve(Match m, DateOnly today, ref DateOnly cursor, ref bool nextWeek)
    {
        var monday = Periods.WeekStart(today);
        if (m.Groups["tomorrow"].Success)
        {
            return cursor = today.AddDays(1);
        }

        if (m.Groups["today"].Success)
        {
            return cursor = today;
        }

        if (m.Groups["week"].Success)
        {
            // A whole week: its Friday. "next week" puts the weekdays said after it in that week too.
            var isNext = m.Groups["week"].Value.Contains("next", StringComparison.Ordinal);
            nextWeek |= isNext;
            var friday = (isNext ? monday.AddDays(7) : monday).AddDays(4);
            cursor = isNext ? monday.AddDays(7) : cursor;
            return friday < today ? today : friday;
        }

        if (m.Groups["wd"].Success && WeekdayWords.Named(m.Groups["wd"].Value) is { } weekday)
        {
            // "next thu" on a Monday is next week's; a weekday after it ("and fri") follows on from it.
            if (m.Groups["rel"].Value == "next" || m.Groups["nextweek"].Success)
            {
                if (!nextWeek)
                {
                    cursor = monday.AddDays(7);
                }

                nextWeek = true;
            }

            // A day they are back is after today: "back monday" said on a Monday is next Monday.
            var on = Periods.OnOrAfter(cursor, weekday);
            return cursor = m.Groups["back"].Success && on <= today ? on.AddDays(7) : on;
        }

        var month = MonthOf(m.Groups["mon1"].Success ? m.Groups["mon1"].Value : m.Groups["mon2"].Value);
        var numbers = new[] { m.Groups["d1"], m.Groups["d2"] }.Where(g => g.Success).Select(g => int.Parse(g.Value, CultureInfo.InvariantCulture)).ToList();
        DateOnly? result = null;
        foreach (var n in numbers)
        {
            if (DayOnOrAfter(cursor, n, month) is not { } day)
            {
                return null;
            }

            result = cursor = day;
        }

        return result;
    }

    /// <summary>The day of the month <paramref name="number"/> on or after <paramref name="from"/>, in <paramref name="month"/> when said.</summary>
    private static DateOnly? DayOnOrAfter(DateOnly from, int number, int? month)
    {
        for (var i = 0; i < 14; i++)
        {
            var start = new DateOnly(from.Year, from.Month, 1).AddMonths(i);
            if ((month is null || start.Month == month) && number >= 1 && number <= DateTime.DaysInMonth(start.Year, start.Month))
            {
                var day = new DateOnly(start.Year, start.Month, number);
                if (day >= from)
                {
                    return day;
                }
            }
        }

        return null;
    }


    private static int? MonthOf(string word)
    {
        if (word.Length < 3)
        {
            return null;
        }

        var i = Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames, a => a.Length > 0 && word.StartsWith(a, StringComparison.OrdinalIgnoreCase));
        return i >= 0 ? i + 1 : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // A word of being away, as an absence and not a thing ("a holiday card", "asked for a holiday party"): "ooo", "out of office", "pto", "on holiday",
    // "on vacation", "parental leave"; "out", "off", "away", "sick" only as the speaker's ("I'm out", "taking thu and fri
    // off", "off tomorrow"), not "figure out", "kick off", nor going somewhere ("then I'm off to the agency call").
    [GeneratedRegex(@"\b(?:ooo|oof|afk|out\s+of\s+(?:the\s+)?office|pto|(?:parental|annual|sick|maternity|paternity)\s+leave)\b"
        + @"|\b(?:on|for|my|taking|take|booked|having)\s+(?:a\s+|my\s+|some\s+)?(?:holidays?|vacation|vacay|leave|break|time\s+off)\b(?!\s+(?:cards?|party|parties|campaigns?|gifts?|gift\s+boxes|promos?|sales?|season|e-?mails?|mailers?|videos?|posts?|ads?|swag|events?|dinners?|lunch(?:es)?|specials?|newsletters?|greetings?|bundles?|decks?|offers?|push|themes?|banners?|social|giveaways?|discounts?|packages?|edition|hampers?|baskets?|boxes|messages?|photos?|shoot|tree|deals?|cover|creative|landing|page|version)\b)"
        + @"|(?:^\W*(?:" + Opener + @")*|\b(?:i'm|im|i\s+am|i'll\s+be|ill\s+be|will\s+be|be|gonna\s+be|taking|take|took|having)\s+(?:\w+\s+){0,5}?)(?:out|off|away|sick|travell?ing|offline|gone|on\s+the\s+road)\b(?!\s+to\b)"
        + @"|\b(?:mon|tue|wed|thu|fri)[a-z]*\s*(?:(?:\+|&|and|/|,)\s*(?:mon|tue|wed|thu|fri)[a-z]*\s*)*\s+off\b(?!\s+to\b)"
        + @"|\b(?:won't|wont|will\s+not|not)\s+be\s+(?:around|reachable|online)\b|^\W*(?:" + Opener + @")*not\s+around\b", Options)]
    private static partial Regex Absent();

    /// <summary>"fyi", "heads up", "btw" before the message: not part of what is said.</summary>
    private const string Opener = @"(?:fyi|heads\s+up|btw|just\s+so\s+you\s+know|so|ok|okay|oh|also|and|note|quick\s+note|ugh|hey|same(?:\s+here|\s+for\s+me|\s+with\s+me)?|me\s+too|ditto)\b[\s,:;!.-]*";

    /// <summary>Where the speaker is instead, said first: "at the sales kickoff in Vegas", "I'm in lisbon for the offsite", "on a customer visit", "heading to the summit"; not the office or a desk.</summary>
    [GeneratedRegex(@"^\W*(?:" + Opener + @")*(?:(?:i'm|im|i\s+am|i'll\s+be|ill\s+be|will\s+be|gonna\s+be)\s+)?(?:(?:at|in|on)\s+(?!track\b|time\b|it\b|total\b|general\b|q[1-4]\b|h[12]\b|the\s+office\b|office\b|my\s+desk\b|work\b|the\s+\d|\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|heading\s+(?:to|off)\b|flying\s+to\b)", Options)]
    private static partial Regex Elsewhere();

    /// <summary>The speaker's reminders held: "hold my reminders", "no nudges pls", "park my reminders", "hold off on check-ins", "skip my reminders", "don't chase me".</summary>
    [GeneratedRegex(@"\b(?:hold|pause|park|skip|hold\s+off\s+on|no|mute|silence)\s+(?:the\s+|my\s+|any\s+|all\s+)?(?:check[\s-]?in\s+)?(?:reminders?|nudges?|pings?|check[\s-]?ins?|chasing|nagging)\b|\b(?:don't|dont|do\s+not|no\s+need\s+to)\s+(?:chase|ping|nudge|remind|bug|nag|pester)\s+me\b", Options)]
    private static partial Regex Held();

    /// <summary>How long: a last day ("till", "until", "through", "back"), a range of numbers ("14-18 dec") or a whole week.</summary>
    [GeneratedRegex(@"\b(?:until|till|til|through|thru|back)\b|'til\b|\d\s*(?:-|–)\s*\d|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s*(?:-|–)\s*(?:mon|tue|wed|thu|fri|sat|sun)|\b(?:next|this)\s+week\b|\brest\s+of\s+the\s+week\b", Options)]
    private static partial Regex Bound();

    /// <summary>A day they are back at their desk, anywhere in the message: "back at my desk on the 5th of January", "back in the office on the 11th", "I'm back on the 3rd".</summary>
    [GeneratedRegex(@"\bback\s+(?:in\s+the\s+office|in\s+office|at\s+(?:my\s+)?(?:desk|work))\s+(?:on\s+|by\s+)?(?:the\s+)?(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)|\b(?:i'm|im|i\s+am|i'll\s+be|ill\s+be)\s+back\s+(?:on\s+|by\s+)?(?:the\s+)?(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)", Options)]
    private static partial Regex BackAt();

    /// <summary>The day back said as the change: "back on the 14th", "I'm back on dec 9", "back by the 3rd".</summary>
    [GeneratedRegex(@"^(?<who>(?:i'm|im|i\s+am|i'll\s+be|ill\s+be)\s+)?back\s+(?:on\s+|by\s+)?(?:the\s+)?(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)", Options)]
    private static partial Regex BackThen();

    /// <summary>What corrects the last day: "actually make that", "make it", "no wait", "it's", "sorry, till".</summary>
    [GeneratedRegex(@"^\W*(?:(?:" + Corrections.Interjections.One + @"|make\s+(?:it|that)|change\s+(?:it|that)\s+to|push\s+(?:it|that)\s+(?:back\s+|out\s+)?(?:to|till|until)|move\s+(?:it|that)\s+to|extend\s+(?:it|that)\s+to|it'?s|its|it\s+is|rather|till|until|til|through|now)\b[\s,.:;!-]*)+", Options)]
    private static partial Regex CorrectionOpener();

    // "back on dec 3", "I'm back monday": a day the speaker returns, said first, is an absence said from its end (not "circle back on friday").
    [GeneratedRegex(@"^\W*(?:(?:i'm|im|i\s+am|i'll\s+be|ill\s+be)\s+)?back\s+(?:on\s+|by\s+|the\s+)?(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)", Options)]
    private static partial Regex BackOn();

    // Asking about it, or about someone: "is alex OOO", "who's out", "when is dana out", "are you off".
    [GeneratedRegex(@"^(?:so\s+|and\s+|btw\s+)?(?:is|are|was|were|who|who's|whos|when|when's|does|did|how|what|which)\b", Options)]
    private static partial Regex Asked();

    // Not a coming absence: the past ("I was OOO"), over ("back from OOO", "no longer out"), or denied ("not out").
    [GeneratedRegex(@"\b(?:was|were|been|back\s+from|no\s+longer|not\s+(?:out|off|away|ooo)|(?:i'm|im)\s+back\b(?!\s+(?:on\s+|by\s+)?(?:the\s+)?(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)))\b", Options)]
    private static partial Regex NotNow();

    // A reminder being set for a day, not an absence: "remind me next thu", "nudge me on fri at 9".
    [GeneratedRegex(@"(?<!\b(?:don't|dont|not|no\s+need\s+to)\s+)\b(?:remind|nudge|ping|ask|message|dm)\s+me\b", Options)]
    private static partial Regex Reminding();

    /// <summary>
    /// A weekday said before a date is that date's name, not a day of its own: "back monday the 7th of dec", "till Tue, Dec
    /// 1st". The dates are tried before a lone weekday, so the pair is read as the date.
    /// </summary>
    private const string DayName = @"(?:\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?,?\s+)?";

    // "back", "back in", "back in the office", "back at work" or "back at my desk", then the day: the day after the last day out.
    // Every day mentioned, in order: today/tomorrow, a week, a weekday ("next thu", "fri", "monday next week"), a date with a
    // month ("dec 1-3", "December 4th", "11 December", "the 2nd of Jan") or an ordinal day ("the 8th", "the 30th").
    [GeneratedRegex(@"(?<back>\bback\s+(?:(?:in(?:\s+the\s+office)?|at\s+(?:work|my\s+desk))\s+)?(?:on\s+|by\s+)?)?(?:"
        + @"(?<tomorrow>\btomorrow\b|\btmrw\b|\btmr\b)|(?<today>\btoday\b|\btonight\b)"
        + @"|(?<week>\b(?:(?:all\s+(?:of\s+)?)?next\s+week|(?:the\s+)?rest\s+of\s+(?:the|this)\s+week|this\s+week)\b)"
        + @"|" + DayName + @"\b(?<mon1>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?\b(?:\s*(?:-|–|to|through|thru|till|until|and|&)\s*(?<d2>\d{1,2})(?:st|nd|rd|th)?\b)?"
        + @"|" + DayName + @"(?:\bthe\s+)?\b(?<d1>\d{1,2})(?<ord>st|nd|rd|th)?(?:\s*(?:-|–)\s*(?<d2>\d{1,2})(?:st|nd|rd|th)?)?\s+(?:of\s+)?(?<mon2>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
        + @"|" + DayName + @"\bthe\s+(?<d1>\d{1,2})(?:st|nd|rd|th)\b"
        + @"|(?:\b(?<rel>next|this|on)\s+)?\b(?<wd>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?s?\b(?<nextweek>\s+next\s+week)?"
        + @")", Options)]
    private static partial Regex Mention();
}
