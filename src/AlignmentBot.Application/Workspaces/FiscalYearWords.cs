using System.Globalization;
using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Workspaces;

/// <summary>
/// The month the company's fiscal year starts in, said in words: "fyi our financial year begins in october", "we run on an
/// april-march financial year", "FY starts jan 1", "we do Sept to Aug financial years", "we're on an april fiscal year", "we
/// just use the calendar year for our fiscal year". The fiscal year must be named (fiscal, financial year, FY, the books),
/// and then one of: the year as the subject of a starting verb with the month after it, a range of two months (the first is
/// the start), a month right before the fiscal year ("an april FY"), or the calendar year (January). A question, a negation,
/// or a start or range of something else ("q4 starts in october", "our campaign runs april to march", "fiscal year targets
/// are due in january") sets nothing. Built against <c>Paraphrases/fiscal-year-start.*.txt</c>.
/// </summary>
public static partial class FiscalYearWords
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The start month's English name in lower case ("october"), or null.</summary>
    public static string? StartMonth(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return null;
        }

        var t = text.Trim().Replace('’', '\'');
        if (Question().IsMatch(t) || Negation().IsMatch(t) || !Fiscal().IsMatch(t))
        {
            return null;
        }

        if (Starts().Match(t) is { Success: true } s)
        {
            return Name(s.Groups["month"].Value);
        }

        if (MonthRange().Match(t) is { Success: true } r && Name(r.Groups["from"].Value) is { } from && from != Name(r.Groups["to"].Value))
        {
            return from;
        }

        if (MonthBefore().Match(t) is { Success: true } b)
        {
            return Name(b.Groups["month"].Value);
        }

        return CalendarYear().IsMatch(t) ? Name("january") : null;
    }

    private static string? Name(string word)
    {
        var names = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        var i = Array.FindIndex(names, n => n.Length > 0 && n.StartsWith(word[..3], StringComparison.OrdinalIgnoreCase));
        return i < 0 ? null : names[i].ToLowerInvariant();
    }

    private const string Month = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    /// <summary>The fiscal year named: "fiscal (year)", "financial year", "fin yr", "FY", "the books"; "year" counts when finance is said elsewhere.</summary>
    private const string Year = @"(?:fiscal(?:\s+(?:year|yr))?|financial\s+(?:year|yr)|fin\s+(?:year|yr)|fy|(?<!calendar\s)year(?=.*\bfinance\b))";

    [GeneratedRegex(@"\b(?:fiscal|financial\s+(?:year|yr)s?|fin\s+(?:year|yr)|fy|finance|books)\b", Options)]
    private static partial Regex Fiscal();

    /// <summary>
    /// The year, then a starting verb (with an auxiliary or adverb between at most), then the month: "financial year begins in
    /// october", "FY begins 1 October", "fiscal year start to march", "our FY runs from 1st April", "FY start = May".
    /// </summary>
    [GeneratedRegex(@"\b" + Year + @"(?:\s+start)?\s*(?:(?:to|will|should|would|always|now|officially|actually|usually|normally|then|each\s+year|every\s+year)\s+)*"
        + @"(?:(?<=\bstart\s+)to|starts?|starting|begins?|beginning|kicks?\s+off|opens?|(?:runs?|is|goes|going)\s+from|from|=|:|is)\s*(?:(?:in|on|from|to|at|with|each|every)\s+)*"
        + @"(?:the\s+)?(?:1(?:st)?\s+(?:of\s+)?)?(?<month>" + Month + @")\b", Options)]
    private static partial Regex Starts();

    /// <summary>"april-march", "oct to sept", "july–june", "October through September", "April → March".</summary>
    [GeneratedRegex(@"\b(?<from>" + Month + @")\s*(?:[-–—/→]|\s(?:to|through|thru|till|until)\s)\s*(?<to>" + Month + @")\b", Options)]
    private static partial Regex MonthRange();

    [GeneratedRegex(@"\b(?<month>" + Month + @")(?:[-\s]+(?:to|start(?:ing)?|based))?\s+(?:fiscal|financial|fin|fy)\b", Options)]
    private static partial Regex MonthBefore();

    [GeneratedRegex(@"\bcalendar\s+year\b", Options)]
    private static partial Regex CalendarYear();

    [GeneratedRegex(@"\?\s*$|^\s*(?:(?:so|and|btw|hey|quick\s+q(?:uestion)?)[,:]?\s+)?(?:when|what|which|who|does|do|did|is|are|how|why|can\s+you\s+tell)\b", Options)]
    private static partial Regex Question();

    [GeneratedRegex(@"\b(?:don'?t|do\s+not|doesn'?t|does\s+not|isn'?t|is\s+not|never|not)\b", Options)]
    private static partial Regex Negation();
}
