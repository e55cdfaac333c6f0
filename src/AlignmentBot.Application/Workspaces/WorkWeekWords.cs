using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Workspaces;

/// <summary>
/// The working week a message sets, said in words: "our working week runs sunday to thursday", "we work sun-thu", "4 day
/// week: mon to thu", "We're a Sunday–Thursday office". Two cues in one statement: a range of two weekdays ("sunday to
/// thursday", "mon-fri", "from Sunday until Thursday", "sun through thurs") and a word that makes it the week people work
/// (work week, working days, "we work", "the team works", "our week", a "… week" or "… office" right after the range). A
/// question, a negation, or a range about something else ("the campaign runs sunday to thursday", "meeting moved from monday
/// to friday") sets nothing. Built against <c>Paraphrases/work-week-words.*.txt</c>.
/// </summary>
public static partial class WorkWeekWords
{
    private static readonly string[] Days = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    /// <summary>The week as "sun-thu" (first and last day, three letters each), or null.</summary>
    public static string? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || Question().IsMatch(text) || Negation().IsMatch(text))
        {
            return null;
        }

        // "our weekend is friday-saturday, so the work week is sunday to thursday", "weekend here is fri & sat": the weekend's
        // days are not the working week; said alone, the week is the days between them (Sat–Sun off is Mon–Fri).
        // "fridays and saturdays are our weekend here": the weekend named first reads the same.
        var weekend = Weekend().Match(text) is { Success: true } said ? said : DaysAreWeekend().Match(text);
        var range = Range().Matches(text).FirstOrDefault(r => !weekend.Success || r.Index >= weekend.Index + weekend.Length || r.Index + r.Length <= weekend.Index);
        if (range is null && weekend.Success)
        {
            var first = Array.IndexOf(Days, Day(weekend.Groups["from"].Value));
            var last = Array.IndexOf(Days, Day(weekend.Groups["to"].Value));
            return (last - first + 7) % 7 is 1 or 2 ? $"{Days[(last + 1) % 7]}-{Days[(first + 6) % 7]}" : null;
        }

        if (range is null || !(WorkCue().IsMatch(text) || RangeThenWeek().IsMatch(text[(range.Index + range.Length)..])))
        {
            return null;
        }

        var from = Day(range.Groups["from"].Value);
        var to = Day(range.Groups["to"].Value);
        return from == to ? null : $"{from}-{to}";
    }

    private static string Day(string word) => Days.First(d => word.StartsWith(d, StringComparison.OrdinalIgnoreCase));

    private const string Weekday = @"(?:sun(?:day)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?)";

    /// <summary>"sunday to thursday", "sun-thu", "Sun–Thu", "monday through thursday", "from Sunday until Thursday", "sun - thurs".</summary>
    [GeneratedRegex(@"\b(?<from>" + Weekday + @")\s*(?:[-–—]|\s(?:to|through|thru|till|til|until)\s)\s*(?<to>" + Weekday + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Range();

    /// <summary>"our weekend is fri-sat", "weekend here is friday and saturday", "weekends are fri &amp; sat".</summary>
    [GeneratedRegex(@"\bweekends?\s+(?:here\s+|for\s+us\s+|now\s+)?(?:is|are|=|:|falls\s+on|runs)\s+(?:on\s+)?(?<from>" + Weekday + @")\s*(?:[-–—&]|\s(?:to|through|thru|till|until|and)\s)\s*(?<to>" + Weekday + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Weekend();

    /// <summary>"fridays and saturdays are our weekend here", "thursday and friday are the weekend for us", "sat &amp; sun are our weekends".</summary>
    [GeneratedRegex(@"\b(?<from>" + Weekday + @")s?\s*(?:[-–—&]|\s(?:to|through|thru|till|until|and)\s)\s*(?<to>" + Weekday + @")s?\s+(?:are|is|=|make\s+up)\s+(?:our|the|my)\s+weekends?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DaysAreWeekend();

    [GeneratedRegex(@"\bwork(?:ing)?\s*(?:week|wk|days)\b|\b(?:our|the)\s+week\b|\bwe(?:['’]re|\s+are)?\s+(?:only\s+|just\s+|now\s+|all\s+)?work\b|\b(?:team|office|everyone)\s+works\b|\bday\s+week\b|\bweek\s+(?:runs|goes|is)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorkCue();

    [GeneratedRegex(@"^\s*(?:work(?:ing)?\s+)?(?:week|office|shop|company)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeThenWeek();

    [GeneratedRegex(@"\?\s*$|^\s*(?:what|which|when|is|are|do|does|did)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Question();

    [GeneratedRegex(@"\b(?:don['’]?t|do\s+not|doesn['’]?t|never|not)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();
}
