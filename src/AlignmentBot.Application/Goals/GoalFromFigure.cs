using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Goals;

/// <summary>
/// "ok make that the goal", "go with that", "let's lock it in", "fine, 95 it is": right after a figure's numbers were run
/// (a realism question), the figure on the table made the goal in words instead of the card's button. Read from small cues
/// rather than one sentence per phrasing: a verb of adopting (make, set, use, turn, lock in, go or run with, commit to)
/// whose object points back at the figure ("that", "it", "this", "that number") or says it again ("make 240 a month the
/// goal"), or a figure declared ("that's our goal", "95 it is"); never in a question ("should we make that the goal?") or
/// under a negation ("don't make that the goal yet"), and never with another object ("make a goal for SQLs", "go with the
/// form instead"), which are other requests.
/// </summary>
public static partial class GoalFromFigure
{
    /// <summary>
    /// The figure made the goal when the message says it again ("240"), "that" when it points back at the figure on the
    /// table, or null when the message does not adopt a figure.
    /// </summary>
    public static string? Figure(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || Asked().IsMatch(text) || Negated().IsMatch(text))
        {
            return null;
        }

        // "fine, 95 it is, make it the goal": a cue that says the figure wins over one that points back at it.
        var matches = new[] { AdoptAs(), LockIn(), GoWith(), Declared() }.Select(cue => cue.Match(text)).Where(m => m.Success).ToArray();
        if (matches.Length == 0)
        {
            return null;
        }

        return matches.FirstOrDefault(m => m.Groups["n"].Success) is { } said ? said.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal) : "that";
    }

    /// <summary>The figure said again, as a number, or null when the message only points back at it ("that").</summary>
    public static decimal? Said(string? text)
        => Figure(text) is { } f && decimal.TryParse(f, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    // What points back at the figure on the table, or says it again: "that", "this one", "that number", "240", "the 240",
    // "$85", "1.3m" (the figure is returned as said; only a plain number replaces the card's target).
    private const string Object = @"(?:(?:that|this|tht|thta|it)(?:\s+(?:one|number|figure|target))?|(?:the\s+)?\$?(?<n>\d[\d,]*(?:\.\d+)?(?:[km]\b)?)(?:\s*(?:mqls?|sqls?|deals?|leads?))?(?:\s*(?:a|per|/)\s*(?:week|month|quarter|year|mo|qtr|q))?)";

    // "make that the goal", "set it as our target", "use that as the target", "turn that into a goal", "make 240 a month
    // the goal", "lock that in as the goal", "make it official", "let's adopt that as the goal".
    [GeneratedRegex(@"\b(?:make|set|use|turn|lock|do|put|adopt)\s+" + Object + @"(?:\s+in)?(?:\s+(?:as|into|the|our|a|an|new|official|mql|sql|\w+s?)){0,4}?\s+(?:goal|target|official)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdoptAs();

    // "let's lock it in", "lock that one in", "lock in 95 a month", "lock in $85 per lead", "alright, lock it", "set it",
    // "set that". The lock is the verb and the figure its object, either side of "in"; "lock in a meeting" has no figure.
    [GeneratedRegex(@"\block\s+(?:" + Object + @"\s+in\b|in\s+" + Object + @")|\block\s+(?:it|that|this)(?:\s+one)?\s*(?:$|[.!,;👍✅🔒])|\bset\s+(?:it|that|this)\s*(?:$|[.!,;👍✅]|\s+then\b|\s+pls\b|\s+please\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LockIn();

    // "go with that", "go for it", "let's run with that number", "commit to that", "let's go with 260 then".
    [GeneratedRegex(@"\b(?:(?:go|run|roll)\s+(?:with|for)|commit\s+to)\s+" + Object + @"(?=\s*(?:$|[\s.!,;:—–-]))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoWith();

    // "that's our goal then", "95 it is", "300 a month it is".
    [GeneratedRegex(@"\b(?:that'?s|that\s+is|thats)\s+(?:our|the)\s+(?:goal|target)\b|(?<![\w.])(?<n>\d[\d,]*(?:\.\d+)?)(?:\s+(?:a|per)\s+(?:week|month|quarter|year))?\s+it\s+is\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Declared();

    // A question about it ("should we make that the goal?", "what would the goal be if we went with 240?") decides nothing.
    [GeneratedRegex(@"\?|^\s*(?:should|shall|what|who|why|how|is|are|can|could|would|do\s+we|does)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Asked();

    // "don't make that the goal yet", "let's not lock it in", "not sure we should set that as the target".
    [GeneratedRegex(@"\b(?:don'?t|do\s+not|not|never|no\s+way|hold\s+off)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negated();
}
