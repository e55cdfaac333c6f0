using System.Globalization;
using System.Text.RegularExpressions;
using AlignmentBot.Application.Understanding;
using AlignmentBot.Domain.Common;

namespace AlignmentBot.Application.Reminders;

/// <summary>What a person asked about check-in reminders in chat.</summary>
public enum ReminderRequestKind
{
    /// <summary>"remind me on Fridays at 4": the day and time they are asked.</summary>
    Schedule,

    /// <summary>"stop reminding me about retention": no reminders about that goal; "stop nagging me": about any of mine.</summary>
    Mute,

    /// <summary>"start reminding me about retention again": reminders about that goal back on.</summary>
    Unmute,

    /// <summary>"I'm out until 12 Dec", "off from tomorrow till the 2nd of Jan", "on PTO next week, back on 7 Dec": no reminders until the day after.</summary>
    OutOfOffice,

    /// <summary>"I'm back": out of office over.</summary>
    Back,

    /// <summary>"remind Priya about the CPL goal now".</summary>
    RemindNow,

    /// <summary>"who hasn't checked in?".</summary>
    Overdue,

    /// <summary>"when do my reminders go out?", "how do I turn the reminders off?": answered; nothing changes.</summary>
    Asked,
}

/// <summary>
/// A closed set of phrasings for check-in reminders, read before the language model like the settings and role commands:
/// "remind me on Fridays at 4", "stop reminding me about retention", "I'm out until 12 Dec", "remind Priya about the CPL
/// goal now", "who hasn't checked in?".
/// </summary>
/// <param name="Goal">The words naming the goal ("retention", "the CPL goal").</param>
/// <param name="Who">The words naming the person to remind ("Priya", "@Priya", a Slack mention).</param>
/// <param name="DateText">The words of the day ("12 Dec").</param>
/// <param name="FromText">The first day out when it is a weekday ("next mon" in "OOO next mon through wed"), so the last one is read after it.</param>
/// <param name="Returning">The day is the one they are back ("back on 7 Dec"), so they are out until the day before.</param>
/// <param name="Said">The whole message of an absence, for <see cref="AbsenceWords"/> to read every day in it.</param>
/// <param name="BackToo">A schedule said after being back ("actually I'm back, came home early. remind me on mondays at 9 from now
/// on"): the absence ends too.</param>
/// <param name="ColleaguesTime">A day said after a colleague's ("same here but on mondays pls"): the time is the one colleagues have.</param>
/// <param name="KeepDay">Only a time said ("remind me at 10 instead"): the day the speaker's reminders have.</param>
/// <param name="People">Everyone chased in one message ("remind Sam and Marco about their numbers now"), in the order said; <paramref name="Goal"/> is empty when only their numbers were named.</param>
/// <param name="KeepTime">Another day at the same time ("move my reminder to mondays, same time"): the time the speaker's reminders have, or the default.</param>
public sealed partial record ReminderRequest(ReminderRequestKind Kind, DayOfWeek? Day = null, TimeOnly? Time = null, string? Goal = null, string? Who = null, string? DateText = null, bool Returning = false, string? FromText = null, string? Said = null, bool BackToo = false, bool ColleaguesTime = false, bool KeepTime = false, IReadOnlyList<string>? People = null, bool KeepDay = false)
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static ReminderRequest? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // A long message is read only for the schedule asked at its end ("honestly I keep forgetting …, can you just ping me
        // every wednesday around 11?"): the phrasings below are short commands, and a long story's dates are not an absence.
        if (text.Length > 160)
        {
            // "my sister's getting married in lisbon … flying out wednesday …, anyway I'm out til the 9th": the absence said at the
            // end, read from its own clause.
            if (AbsenceWords.AnnouncedAtEnd(text) is { } tail && AbsenceCalledOff.Read(tail) is false)
            {
                return new ReminderRequest(ReminderRequestKind.OutOfOffice, DateText: tail, Said: tail);
            }

            return ReminderWhenWords.Read(text) is { Day: { } longDay, Time: { } longTime } ? new ReminderRequest(ReminderRequestKind.Schedule, longDay, longTime, BackToo: BackBefore(text)) : null;
        }

        // "half nine", "quarter past ten": the time in words, as digits; "… pls", "… thx": politeness is not the request.
        var t = Spaces().Replace(Domain.Digests.ClockWords.ToDigits(Corrections.Interjections.WithoutPoliteness(text.Trim())).Trim().TrimEnd('.', '!', '?').Replace('’', '\''), " ");
        // "heads up, …", "fyi …", "can you …" before, "instead" / "from now on" after: the request is what is left.
        t = Trailer().Replace(Lead().Replace(t, string.Empty), string.Empty).Trim();
        // "back in the office now 🙌": an emoji says how, not what.
        t = Emoji().Replace(t, string.Empty).Trim().TrimEnd('.', '!', '?').Trim();
        // "which numbers do I owe you this week?", "what am I supposed to check in?": one's own numbers, answered for anyone.
        if (ReminderQuestion.AsksWhatIOwe(text))
        {
            return new ReminderRequest(ReminderRequestKind.Asked);
        }

        // "who hasn't checked in their numbers yet?", "who still owes us a check-in?": the question in any words (OverdueQuestion).
        if (Overdue().IsMatch(t) || OverdueQuestion.Asks(text))
        {
            return new ReminderRequest(ReminderRequestKind.Overdue);
        }

        // "when do my reminders go out again?", "how do I turn the reminders off?": a question about them is answered, and
        // a question is never the command (not a mute, not a schedule).
        if (ReminderQuestion.Asks(text))
        {
            return new ReminderRequest(ReminderRequestKind.Asked);
        }

        if (Schedule().Match(t) is { Success: true } s && WeekdayWords.Named(s.Groups["day"].Value) is { } day && TimeOf(s.Groups["time"].Value, s.Groups["part"].Value) is { } time)
        {
            return new ReminderRequest(ReminderRequestKind.Schedule, day, time);
        }

        // "away at a conference till friday, don't chase me", "I'm at the kickoff from Wednesday till the 4th, hold my reminders":
        // an absence said with how long it lasts holds the reminders until then; the reminder words in it are not a mute for good.
        // "Dana asked for a holiday customer gift campaign, 3k, by Dec 14": someone's ask with a holiday in it is a request.
        if (AbsenceWords.AnnouncesUntil(text) && AbsenceCalledOff.Read(text) is false && Dialogs.Sla.SlaSigning.Read(text) is null
            && Dialogs.Requests.RequestParsing.SomeoneAsked(text) is null)
        {
            return Out().Match(WeekBeforeDay().Replace(t, "${rel} ${day}")) is { Success: true } said
                ? new ReminderRequest(ReminderRequestKind.OutOfOffice, DateText: said.Groups["date"].Value.Trim(), Returning: said.Groups["back"].Success, FromText: said.Groups["from"].Success ? said.Groups["from"].Value : null, Said: text)
                : new ReminderRequest(ReminderRequestKind.OutOfOffice, DateText: text.Trim(), Said: text);
        }

        if (Mute().Match(t) is { Success: true } m)
        {
            // "stop chasing me for numbers, I update the dashboard myself": what follows a break is another sentence, and
            // "numbers" alone is every goal's, so no goal is named.
            // "for numbers altogether", "about CPL for good": how completely is not the goal.
            var goal = Completely().Replace(m.Groups["goal"].Value.Split(',', ';', '.')[0].Trim(), string.Empty).Trim();
            return new ReminderRequest(ReminderRequestKind.Mute, Goal: AnyGoal().IsMatch(goal) ? string.Empty : goal);
        }

        if (Unmute().Match(t) is { Success: true } u)
        {
            return new ReminderRequest(ReminderRequestKind.Unmute, Goal: u.Groups["goal"].Value.Trim());
        }

        // The same switch in other words: "pls stop nagging me, I'll send numbers when I have them", "ok, pause the CPL ones
        // then", "actually pls start reminding me about CPL again" (ReminderMuteWords).
        if (ReminderMuteWords.Read(text) is { } switched)
        {
            // "can you just remind me thursdays at 2 so I stop forgetting", "pls nudge me tuesdays at 10am so it doesn't slip
            // again": a day and a time asked for are the schedule; the "stop" or "again" of its purpose is no switch.
            return ReminderWhenWords.Read(text) is { Day: { } askedDay, Time: { } askedAt }
                ? new ReminderRequest(ReminderRequestKind.Schedule, askedDay, askedAt, BackToo: BackBefore(text))
                : new ReminderRequest(switched.Mute ? ReminderRequestKind.Mute : ReminderRequestKind.Unmute, Goal: switched.Goal);
        }

        // "nvm the trip got cancelled, I'm around after all", "scratch the OOO": an absence called off is being back, before any
        // day in it is read as another absence.
        if (AbsenceCalledOff.Read(text))
        {
            return new ReminderRequest(ReminderRequestKind.Back);
        }

        // "marco's on leave til next week, just put me down for marketing as well": someone's absence given as the reason to
        // sign for their side is the signature's aside, not the speaker's absence (the gate answers the signature).
        if (Dialogs.Sla.SlaSigning.Read(text) is not null)
        {
            return null;
        }

        // "OOO next week from wed to fri": the week said before the first day is that day's week, "next wed to fri".
        if (Out().Match(WeekBeforeDay().Replace(t, "${rel} ${day}")) is { Success: true } o)
        {
            return new ReminderRequest(ReminderRequestKind.OutOfOffice, DateText: o.Groups["date"].Value.Trim(), Returning: o.Groups["back"].Success, FromText: o.Groups["from"].Success ? o.Groups["from"].Value : null, Said: text);
        }

        // "I'm OOO" with no day: the command asks until when.
        if (AbsenceWords.AwayWithoutDay(text))
        {
            return new ReminderRequest(ReminderRequestKind.OutOfOffice, DateText: string.Empty, Said: text);
        }

        // An absence in other words than the phrasings above ("taking thu and fri off", "ooo dec 1-3", "pto next week").
        if (AbsenceWords.Announces(text))
        {
            return new ReminderRequest(ReminderRequestKind.OutOfOffice, DateText: text.Trim(), Said: text);
        }

        if (Back().IsMatch(t))
        {
            return new ReminderRequest(ReminderRequestKind.Back);
        }

        if (Now().Match(t) is { Success: true } n)
        {
            return new ReminderRequest(ReminderRequestKind.RemindNow, Goal: n.Groups["goal"].Value.Trim(), Who: n.Groups["who"].Value.Trim());
        }

        // The same ask in other words: "get on to Marco about his MQL numbers now please", "chase up Sam on sales cycle asap".
        if (RemindNowWords.Read(text) is { } chase)
        {
            return new ReminderRequest(ReminderRequestKind.RemindNow, Goal: chase.Goal, Who: chase.Who);
        }

        // Several people, or only "their numbers": "remind Sam and Marco about their numbers now", "chase Marco for his numbers asap".
        if (RemindNowWords.ReadPeople(text) is { } several)
        {
            return new ReminderRequest(ReminderRequestKind.RemindNow, Goal: several.Goal, Who: several.Who[0], People: several.Who);
        }

        // "ok nudge priya then" right after "who's behind?": the person alone, each goal they own.
        if (RemindNowWords.ReadBare(text) is { } bare)
        {
            return new ReminderRequest(ReminderRequestKind.RemindNow, Goal: string.Empty, Who: bare, People: [bare]);
        }

        // The day and time in other words ("can you ping me mondays at 11 for my numbers instead of whenever"): last, so every
        // phrasing above keeps its reading. Both are needed, as in the phrasings above: "remind me on Fridays" alone is not a
        // schedule (ReminderRequestTests).
        return ReminderWhenWords.Read(text) switch
        {
            { Day: { } onDay, Time: { } atTime } => new ReminderRequest(ReminderRequestKind.Schedule, onDay, atTime, BackToo: BackBefore(text)),
            // "same here but on mondays pls" right after a colleague's: my day, their time (the command looks it up).
            { Day: { } sameDay, Time: null } when ReminderWhenWords.LikeAColleague(text) => new ReminderRequest(ReminderRequestKind.Schedule, sameDay, ColleaguesTime: true),
            // "nudge me every tuesday morning": a part of the day with no hour is its usual hour (09:00, 14:00, 17:00), said back.
            { Day: { } partDay, Time: null } when PartOfDayAlone().Match(text) is { Success: true } part
                => new ReminderRequest(ReminderRequestKind.Schedule, partDay, part.Groups["part"].Value.ToLowerInvariant() switch { "afternoon" => new TimeOnly(14, 0), "evening" => new TimeOnly(17, 0), _ => new TimeOnly(9, 0) }),
            // "move my reminder to mondays, same time": the day changes, the time stays.
            { Day: { } movedDay, Time: null } when SameTime().IsMatch(text) => new ReminderRequest(ReminderRequestKind.Schedule, movedDay, KeepTime: true),
            // "remind me on fridays" said alone, nothing else in the message: the day changes, the time stays (as "same time").
            { Day: { } onlyDay, Time: null } when OnlyTheWhen().IsMatch(t) => new ReminderRequest(ReminderRequestKind.Schedule, onlyDay, KeepTime: true),
            // "remind me at 10 instead": the time changes, the day stays (the command asks for one when none was set).
            { Day: null, Time: { } onlyTime } when OnlyTheWhen().IsMatch(t) => new ReminderRequest(ReminderRequestKind.Schedule, Time: onlyTime, KeepDay: true),
            _ => null,
        };
    }

    /// <summary>
    /// Whether the words before a schedule's ask say the speaker is back ("actually I'm back, came home early.", "I'm back in
    /// the office already."), read as a return said alone is.
    /// </summary>
    public static bool BackBefore(string text)
    {
        if (ReminderWhenWords.Before(text) is not { Length: > 0 } before)
        {
            return false;
        }

        var t = Spaces().Replace(Corrections.Interjections.WithoutPoliteness(before), " ").Trim().TrimEnd('.', '!', '?', ',', ';', '-', ' ').Replace('’', '\'');
        return Back().IsMatch(Lead().Replace(t, string.Empty).Trim()) || AbsenceCalledOff.Read(before);
    }

    /// <summary>
    /// The last day out of an absence request, from the words alone: every day in the message read in order
    /// (<see cref="AbsenceWords"/>), else the last day of a range of weekdays or a date, the day before when it is a day they
    /// are back. Null when no day is read (the chat command then tries the general date reader).
    /// </summary>
    public static DateOnly? LastDayOut(ReminderRequest request, DateOnly today)
    {
        if (AbsenceWords.LastDayOut(request.Said, today) is { } until)
        {
            return until;
        }

        var said = LastWeekdayOf(request.DateText, request.FromText, today) ?? DateOf(request.DateText, today);
        return request.Returning ? said?.AddDays(-1) : said;
    }

    /// <summary>
    /// A new day and time said right after a reminder was set, without "remind me": "actually thursdays at nine in the
    /// morning instead", "make it wednesday mornings at ten". Read as the schedule phrasing is, so the two agree.
    /// </summary>
    public static ReminderRequest? Rescheduled(string text)
    {
        var rest = CorrectionOpener().Replace(text.Trim(), string.Empty);
        return rest.Length > 0 && Parse("remind me " + rest) is { Kind: ReminderRequestKind.Schedule } request ? request : null;
    }

    [GeneratedRegex(@"^(?:(?:" + Corrections.Interjections.One + @"|make\s+(?:it|that)|change\s+(?:it|that)\s+to|switch\s+(?:it|that)\s+to|move\s+(?:it|that)\s+to|let'?s\s+(?:do|say)|rather|instead|how\s+about)\b[\s,.:;!-]*)*", Options)]
    private static partial Regex CorrectionOpener();

    /// <summary>"12 Dec", "Dec 12", "12 December 2026", "2026-12-12": the next such day on or after <paramref name="today"/>.</summary>
    public static DateOnly? DateOf(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim().TrimEnd('.', '!');
        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return iso;
        }

        // "till the 4th": a day of the month alone is the next such day, this month or the next.
        if (DayAlone().Match(t) is { Success: true } alone)
        {
            var n = int.Parse(alone.Groups["d"].Value, CultureInfo.InvariantCulture);
            for (var first = new DateOnly(today.Year, today.Month, 1); first < new DateOnly(today.Year, today.Month, 1).AddMonths(3); first = first.AddMonths(1))
            {
                if (n >= 1 && n <= DateTime.DaysInMonth(first.Year, first.Month) && first.AddDays(n - 1) >= today)
                {
                    return first.AddDays(n - 1);
                }
            }

            return null;
        }

        if (DayMonth().Match(t) is not { Success: true } m)
        {
            return null;
        }

        var month = Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames, a => a.Length > 0 && m.Groups["month"].Value.StartsWith(a, StringComparison.OrdinalIgnoreCase)) + 1;
        var dayNumber = int.Parse(m.Groups["d1"].Success ? m.Groups["d1"].Value : m.Groups["d2"].Value, CultureInfo.InvariantCulture);
        if (month == 0)
        {
            return null;
        }

        var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : today.Year;
        if (dayNumber < 1 || dayNumber > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var date = new DateOnly(year, month, dayNumber);
        return !m.Groups["year"].Success && date < today && dayNumber <= DateTime.DaysInMonth(year + 1, month) ? date.AddYears(1) : date;
    }

    /// <summary>
    /// The last day of a range of weekdays: "next mon through wed" is the Wednesday after next Monday; "mon through wed next
    /// week" puts both in next week; "from thursday to friday" is this week's. Null when the last day is not a weekday, so
    /// dates ("till 12 Dec") are read as before.
    /// </summary>
    public static DateOnly? LastWeekdayOf(string? text, string? fromText, DateOnly today)
    {
        if (WeekdayPhrase().Match(text?.Trim() ?? string.Empty) is not { Success: true } last || WeekdayWords.Named(last.Groups["day"].Value) is not { } lastDay)
        {
            return null;
        }

        var nextWeek = last.Groups["next"].Success;
        var first = today;
        if (WeekdayPhrase().Match(fromText?.Trim() ?? string.Empty) is { Success: true } from && WeekdayWords.Named(from.Groups["day"].Value) is { } firstDay)
        {
            nextWeek |= from.Groups["rel"].Value.Equals("next", StringComparison.OrdinalIgnoreCase);
            first = Periods.OnOrAfter(nextWeek ? Periods.WeekStart(today).AddDays(7) : today, firstDay);
        }
        else if (nextWeek)
        {
            first = Periods.WeekStart(today).AddDays(7);
        }

        return Periods.OnOrAfter(first, lastDay);
    }

    [GeneratedRegex(@"\b(?<rel>next|this)\s+week\s*,?\s+(?:from\s+|on\s+)?(?<day>(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\b", Options)]
    private static partial Regex WeekBeforeDay();

    [GeneratedRegex(@"^(?:(?<rel>next|this|on)\s+)?(?<day>(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)(?<next>\s+next\s+week)?$", Options)]
    private static partial Regex WeekdayPhrase();


    /// <summary>
    /// "4" is 16:00 (nobody is asked for numbers at 4 in the morning): 1 to 6 without am/pm are afternoon hours (7 is the morning, as for a digest), unless the
    /// part of the day said with it (<paramref name="partOfDay"/>: "morning", "afternoon", "evening") says otherwise.
    /// </summary>
    private static TimeOnly? TimeOf(string text, string partOfDay = "")
    {
        var t = text.Trim().ToLowerInvariant().Replace(".", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (t == "noon")
        {
            return new TimeOnly(12, 0);
        }

        var m = Clock().Match(t);
        if (!m.Success)
        {
            return null;
        }

        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var half = m.Groups["ampm"].Value;
        if (half.Length == 0 && partOfDay.Length > 0)
        {
            half = partOfDay.StartsWith("morning", StringComparison.OrdinalIgnoreCase) ? "am" : "pm";
        }

        return ClockTime(hour, minute, half);
    }

    /// <summary>
    /// A reminder's clock time from an hour, minutes and "am"/"pm" (or "" when none was said): a working-hours reading, so a
    /// bare 1 to 6 is the afternoon ("at 4" is 16:00) and 7 the morning, as a digest reads it. Null when the parts make no time ("13pm", "9:75"). Also used by
    /// <see cref="ReminderCorrection"/>, so a correction reads a time as setting one does.
    /// </summary>
    internal static TimeOnly? ClockTime(int hour, int minute, string half)
    {
        if (minute is < 0 or > 59 || hour is < 0 or > 23 || (half.Length > 0 && hour is < 1 or > 12))
        {
            return null;
        }

        hour = half switch
        {
            "pm" when hour < 12 => hour + 12,
            "am" when hour == 12 => 0,
            "" when hour is >= 1 and <= 6 => hour + 12,
            _ => hour,
        };
        return new TimeOnly(hour, minute);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\p{So}\p{Sk}\p{Cs}\uFE0F\u200D]+", RegexOptions.CultureInvariant)]
    private static partial Regex Emoji();

    [GeneratedRegex(@"(?:\s+(?:altogether|completely|entirely|at\s+all|for\s+good|for\s+now|any\s*more|totally))+$", Options)]
    private static partial Regex Completely();

    [GeneratedRegex(@"^(?:(?:my|the|our|any|all)\s+)?(?:numbers|figures|nums|check[\s-]?ins?|updates|stuff|everything)$", Options)]
    private static partial Regex AnyGoal();

    [GeneratedRegex(@"^(?:(?:just\s+)?(?:a\s+)?(?:heads\s+up|fyi|btw|by\s+the\s+way|quick\s+note|note|hey|hi|ok|okay|so|also|and)\b[,:;!.\s-]*)*" + Corrections.Interjections.Asking + @"", Options)]
    private static partial Regex Lead();

    // Politeness may sit between these ("…, please, from now on"), so its words are stripped here too, from the one list.
    [GeneratedRegex(@"(?:[,\s]+(?:instead|from\s+now\s+on|going\s+forward|each\s+week|every\s+week|" + Corrections.Interjections.PoliteWords + @"))+$", Options)]
    private static partial Regex Trailer();

    /// <summary>
    /// Who hasn't checked in, in any of the ways people ask it: "who hasn't checked in?", "overdue check-ins", "who's
    /// behind on their check-ins?", "is anyone late with their numbers this week?", "which owners are behind?", "who still
    /// owes us numbers?".
    /// </summary>
    private const string Lagging = @"(?:still\s+)?(?:behind|late|overdue|missing|slacking)";

    private const string Numbers = @"(?:(?:their|the|his|her|our|my|any)\s+)?(?:numbers|check[\s-]?ins?|updates|metrics)";

    [GeneratedRegex(@"^(?:so\s+|and\s+|ok\s+)?(?:who\s+(?:hasn't|has\s+not|hasnt|haven't|have\s+not|havent|didn't|did\s+not|didnt)\s+(?:checked|check)[\s-]?in"
        + @"|(?:show\s+(?:me\s+)?|list\s+)?(?:the\s+)?(?:overdue|missing|late)\s+check[\s-]?ins"
        + @"|(?:who(?:'s|\s+is|\s+are)?|(?:is|are)\s+(?:anyone|anybody|any\s+owners|any\s+of\s+them|people)|anyone|anybody|which\s+(?:owners|people|goals|of\s+them)(?:\s+are)?)\s+" + Lagging + @"(?:\s+(?:on|with|in|for)\s+" + Numbers + @")?"
        + @"|who\s+(?:still\s+)?owes\s+(?:us|me|you)\s+" + Numbers + @")"
        + @"(?:\s+yet)?(?:\s+(?:this|last)\s+(?:week|month))?$", Options)]
    private static partial Regex Overdue();

    /// <summary>Who is asked: "remind me (to check in)", "nudge me for my numbers", "move my check-in reminder to".</summary>
    private const string Asker = @"(?:(?:remind|ask|nudge|ping)\s+me(?:\s+" + Purpose + @")?|(?:move|change|switch|set|put|make)\s+(?:my\s+)?(?:check[\s-]?in\s+)?reminders?)";

    /// <summary>What the reminder is for, said after "me" or after the day and time: "to check in", "for my numbers", "about my check-ins".</summary>
    private const string Purpose = @"(?:to\s+(?:check[\s-]?in|do\s+my\s+check[\s-]?ins?|report\s+(?:my\s+)?numbers)|for\s+(?:my\s+)?(?:numbers|check[\s-]?ins?)|about\s+(?:my\s+)?(?:numbers|check[\s-]?ins?))";

    private const string DayWord = @"(?<day>mon|tue|wed|thu|fri|sat|sun)[a-z]*";

    private const string TimeWord = @"(?<time>[0-9:.]+\s*(?:[ap]\.?m\.?)?|noon)";

    /// <summary>A weekday with a part of the day and no hour: "every tuesday morning", "thursday mornings", "fridays in the afternoon".</summary>
    [GeneratedRegex(@"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s+(?:in\s+the\s+)?(?<part>morning|afternoon|evening)s?\b", Options)]
    private static partial Regex PartOfDayAlone();

    /// <summary>
    /// A schedule's ask with only its day or only its time and nothing else: "remind me on fridays", "nudge me every thursday",
    /// "remind me at 10 instead" (the lead and trailer words are already cut). "remind me on friday to send the deck" is not one.
    /// </summary>
    [GeneratedRegex(@"^(?:remind|nudge|ping)\s+me\s+(?:(?:on|every)\s+(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)(?:day)?s?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)(?:day)?s|at\s+\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?)$", Options)]
    private static partial Regex OnlyTheWhen();

    /// <summary>"same time", "keep the time", "at the same time": the time the reminders have now.</summary>
    [GeneratedRegex(@"\b(?:same\s+time|keep\s+the\s+time|time\s+(?:stays|is\s+fine|unchanged))\b", Options)]
    private static partial Regex SameTime();

    /// <summary>The part of the day said around the hour: "tuesday morning at ten", "mondays in the morning at 9:30", "at 4 in the afternoon".</summary>
    private const string PartOfDay = @"(?:\s+(?:in\s+the\s+)?(?<part>morning|afternoon|evening)s?)?";

    [GeneratedRegex(@"^" + Asker + @"\s+(?:(?:on|every|each|to|for)\s+)?" + DayWord + PartOfDay + @"\s+(?:at\s+)?" + TimeWord + PartOfDay + @"(?:\s+" + Purpose + @")?$|^" + Asker + @"\s+(?:(?:at|to)\s+)?" + TimeWord + PartOfDay + @"\s+(?:on\s+|every\s+|each\s+)?" + DayWord + PartOfDay + @"(?:\s+" + Purpose + @")?$", Options)]
    private static partial Regex Schedule();

    /// <summary>
    /// "stop reminding me about …", and the other ways of saying it: "quit bugging me about", "stop nagging/pinging/chasing me
    /// about", "no more nagging/reminders about", "don't ping me about".
    /// </summary>
    private const string Nag = @"(?:remind|nagg?|ping|chas|bugg?|bother|hassl|pester|nudg)(?:ing|e)?";

    [GeneratedRegex(@"^(?:please\s+)?(?:(?:stop|quit|enough)\s+(?:" + Nag + @"\s+me|the\s+reminders|reminders|the\s+nagging|nagging|the\s+pings|pings)|(?:don't|dont|do\s+not)\s+(?:remind|nag|ping|chase|bug|bother|hassle|pester|nudge)\s+me|no\s+more\s+(?:reminders|nagging|pings|nudges|reminding\s+me|" + Nag + @"\s+me))(?:\s+(?:about|for|on|of|re)\s+(?<goal>.+))?$", Options)]
    private static partial Regex Mute();

    [GeneratedRegex(@"^(?:please\s+)?(?:(?:start|resume)\s+reminding\s+me\s+(?:about|for|on)\s+(?<goal>.+?)(?:\s+again)?|remind\s+me\s+(?:about|for)\s+(?<goal>.+?)\s+again|(?:turn\s+on|resume)\s+(?:the\s+)?reminders\s+(?:about|for)\s+(?<goal>.+?)(?:\s+again)?)$", Options)]
    private static partial Regex Unmute();

    /// <summary>
    /// Out of office, with or without "I'm" and a first day: "I'm out until 12 Dec", "OOO from the 21st till Jan 4", "off from
    /// tomorrow till the 2nd of Jan", "away from Monday until the 9th of December", "on PTO next week, back on 7 Dec",
    /// "out thursday and friday", "off wed - fri" (the last day named is the last day out). What
    /// follows the day after a comma or a full stop ("…, happy holidays", "till the 4th. and once I'm back, …") is not part of it.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:i'm|im|i\s+am|i'll\s+be|ill\s+be|i\s+will\s+be|i'm\s+going\s+to\s+be|gonna\s+be)\s+)?(?:out|away|off|ooo|oof|afk|travelling|traveling|on\s+(?:holiday|holidays|vacation|vacay|leave|pto|annual\s+leave|parental\s+leave|a\s+trip))(?:\s+of\s+(?:the\s+)?office)?(?:\s+(?:from\s+)?(?<from>(?:(?:next|this|on)\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)|\s+(?:from|starting|as\s+of|beginning)\s+[^,;]+?|\s+(?:next|this)\s+week|\s+(?:from\s+)?(?:tomorrow|today|tonight))?(?:[,;]?\s+(?:until|till|til|'til|through|thru|to|and(?!\s+(?:i'm\s+|im\s+|i'll\s+be\s+)?back)|-|–)|[,;]?\s+(?:and\s+)?(?<back>(?:i'm\s+|im\s+|i'll\s+be\s+)?back(?:\s+on)?))\s+(?<date>[^,;!()]+?)\s*(?:(?:[,;!(]|\.\s+(?=[a-z])).*)?$", Options)]
    private static partial Regex Out();

    /// <summary>
    /// Out of office over, also early and after a change of mind: "I'm back", "nvm, I'm back now", "actually I'm back
    /// already, trip got cut short", "back in the office now", "returned early, I'm back in", "cancel my out of office", "I'm
    /// not out anymore". Without "I'm", "back" needs a
    /// place or a "now/early/already" after it, so "back on Monday" stays an out-of-office day.
    /// </summary>
    private const string BackPlace = @"(?:\s+(?:in\s+the\s+office|in\s+office|in(?=$|[\s,;])|at\s+(?:my\s+)?(?:desk|work)|to\s+work|online|from\s+(?:my\s+|the\s+)?(?:holiday|holidays|vacation|leave|pto|trip|ooo|break)))";

    private const string BackWhen = @"(?:\s+(?:now|early|already|today|again|after\s+all|for\s+real|sooner\s+than\s+planned|earlier\s+than\s+planned))";

    [GeneratedRegex(@"^(?:" + Corrections.Interjections.One + @"[,.!:;\s-]+)*" + ReasonFirst + @"(?:"
        + @"(?:i'm|im|i\s+am|i\s+came|came|i\s+got|got)\s+(?:already\s+|just\s+)?back" + BackPlace + @"?" + BackWhen + @"*"
        + @"|(?:i\s+)?(?:returned|came\s+back|got\s+back)" + BackWhen + @"+(?:[,;\s]+(?:and\s+)?(?:i'm|im|i\s+am)\s+back" + BackPlace + @"?" + BackWhen + @"*)?"
        + @"|(?:already\s+|just\s+)?back" + BackPlace + BackWhen + @"*"
        + @"|(?:already\s+|just\s+)?back" + BackWhen + @"+"
        + @"|(?:i'm|im|i\s+am)\s+(?:not\s+(?:out|away|off|ooo)\s+any\s*more|no\s+longer\s+(?:out|away|off|ooo|on\s+(?:holiday|vacation|leave|pto)))"
        + @"|(?:cancel|end|clear|turn\s+off|remove)\s+(?:my\s+)?(?:out\s+of\s+(?:the\s+)?office|ooo|vacation|holiday|pto|leave)(?:\s+(?:now|early))?"
        + @")" + BackReason + @"?$", Options)]
    private static partial Regex Back();

    /// <summary>
    /// A reason before being back ("trip got cut short, I'm back", "kid got sick so we came home early, I'm back", "snowstorm
    /// cancelled the rest of it so I'm back early"): one or two clauses with no day, date, number or word of being away in them,
    /// each ended by a comma or joined by "so".
    /// </summary>
    private const string ReasonFirst = @"(?:(?![^,;]*?(?:\d|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b|\b(?:until|till|til|next|tomorrow|from|out|away|ooo|pto|he|she|they|he's|she's|they're)\b))[^,;?]+?(?:[,;]\s*(?:so\s+|and\s+)?|\s+so\s+)){0,2}";

    /// <summary>A reason after being back ("…, trip got cut short", "…, flight got moved"): a clause with no day, date or number in it.</summary>
    private const string BackReason = @"(?:\s*[,;–—-]\s*(?![^,;]*(?:\d|\b(?:mon|tue|wed|thu|fri|sat|sun|until|till|til|next|tomorrow|from|out|away|off|ooo)))[^,;]*)";

    // "remind Priya about the CPL goal now", "poke Priya re: her CPL numbers now", and the same said as a noun: "give Sam a nudge on the sales cycle number right now".
    // "chase up Sam": "up" is the verb's, not a name's (RemindNowWords reads it).
    [GeneratedRegex(@"^(?:please\s+)?(?:(?:remind|nudge|ping|chase|poke|prod|hassle|hound)\s+(?!me\b|us\b|everyone\b|up\b)(?<who><@[A-Za-z0-9]+(?:\|[^>]*)?>|@?[\p{L}][\p{L}'.-]*(?:\s+(?!about\b|on\b|for\b|to\b)[\p{L}][\p{L}'.-]*)?)"
        + @"|(?:give|send)\s+(?!me\b|us\b|everyone\b)(?<who><@[A-Za-z0-9]+(?:\|[^>]*)?>|@?[\p{L}][\p{L}'.-]*(?:\s+(?!about\b|on\b|for\b|to\b|a\b|an\b)[\p{L}][\p{L}'.-]*)?)\s+(?:a\s+)?(?:quick\s+|little\s+|gentle\s+|friendly\s+)?(?:nudge|ping|reminder|poke|prod|shout))"
        + @"\s+(?:about|on|for|to\s+update|re:?|regarding)\s+(?:the\s+|their\s+|her\s+|his\s+)?(?<goal>.+?)(?:\s+(?:right\s+)?now|\s+today|\s+asap|\s+right\s+away)?$", Options)]
    private static partial Regex Now();

    [GeneratedRegex(@"^(?:the\s+)?(?:(?<d1>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(?<month>[a-z]{3,9})|(?<month>[a-z]{3,9})\s+(?<d2>\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+(?<year>\d{4}))?$", Options)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"^(?:the\s+)?(?<d>\d{1,2})(?:st|nd|rd|th)$", Options)]
    private static partial Regex DayAlone();

    [GeneratedRegex(@"^(?<h>\d{1,2})(?::(?<m>\d{2}))?(?<ampm>am|pm)?$")]
    private static partial Regex Clock();
}
