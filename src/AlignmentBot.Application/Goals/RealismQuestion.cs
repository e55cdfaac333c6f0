using System.Globalization;
using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Goals;

/// <summary>
/// "Could we realistically close 25 deals a month?", "300 MQLs a month - achievable?", "is that even doable": someone asks
/// whether a figure can be reached. Read from small cues rather than one sentence: a word of realism ("realistic",
/// "doable", "sustainable", "within reach", "a stretch") or an ability question ("can we hit ...", "can we keep up ...",
/// "can we get there", "could we pull it off", "how likely are we to ..."), in a question (a question mark, a clause that
/// opens like one, or "realistic or not:" before the figure), and not a statement that something is not realistic.
/// The figure asked about is what the answer's "make it a goal" keeps (a number asked about deals is deals, not revenue).
/// </summary>
public static partial class RealismQuestion
{
    /// <summary>True when the text asks whether a figure (said or on the table) is realistic.</summary>
    public static bool Is(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var cue = RealismWord().IsMatch(text) || AbilityAsk().IsMatch(text);
        return cue && (text.Contains('?', StringComparison.Ordinal) || QuestionOpening().IsMatch(text) || OrNot().IsMatch(text)) && !Denied().IsMatch(text);
    }

    /// <summary>"realistic or not: 230 MQLs a month": whether it can be done, asked before the figure, with no question mark.</summary>
    public static bool SaysOrNot(string? text) => !string.IsNullOrWhiteSpace(text) && OrNot().IsMatch(text);

    /// <summary>
    /// The figure asked about ("250", "1.2m", "75" for "$75"), "that" when the question points back at a figure without
    /// saying one ("is that realistic?"), or null when the text is not a realism question.
    /// </summary>
    public static string? Figure(string? text)
    {
        if (!Is(text))
        {
            return null;
        }

        var m = Number().Match(text!);
        return m.Success ? m.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal) + m.Groups["k"].Value.ToLowerInvariant() : "that";
    }

    /// <summary>
    /// "is that realistic btw?", "and is 100 a month realistic?", "is it realistic though, 30 a quarter?": a realism question
    /// that leaves its number unsaid, so right after a goal was set, changed or talked about it is about that goal. The figure
    /// asked ("that" when none), or null when it is no realism question or names a number of its own ("is 30 new customers a
    /// quarter realistic?" is that number's question). Docs: docs/scenarios.md, "Paraphrase tables" (kind realism-about-goal).
    /// </summary>
    public static string? AboutTheGoal(string? text)
        => Figure(text) is { } figure && !NamesANumber().IsMatch(text!) ? figure : null;

    /// <summary>The plain count asked about ("25" in "close 25 deals a month, realistic?"), or null.</summary>
    public static decimal? Count(string? text)
        => Figure(text) is { } f && decimal.TryParse(f, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;

    // A number of the funnel named by its word: the question is that number's own, whatever was talked about before.
    [GeneratedRegex(@"\b(?:mqls?|sqls?|leads?|cpl|cost\s+per\s+lead|revenue|retention|churn|pipeline|acceptance|follow[\s-]?ups?|speed\s+to\s+lead|(?:sales\s+)?cycle|deals?|customers?|logos?|clients?|win\s+rate|spend|opps?|opportunit\w*|overlap)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamesANumber();

    [GeneratedRegex(@"\b(?:realistic(?:ally)?|achievable|doable|feasible|possible|reachable|sustainable|within\s+reach|a\s+stretch|how\s+likely|crazy|dreaming)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RealismWord();

    [GeneratedRegex(@"\b(?:can|could)\s+(?:we|us|the\s+team|marketing|sales|you|they)\s+(?:\w+\s+)?(?:hit|do|get\s+to|get\s+there|reach|deliver|close|make|keep\s+up|sustain|pull\s+(?:\w+\s+)?off|keep\s+(?:\S+\s+){1,4}going)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AbilityAsk();

    // "realistic or not: 230 MQLs a month", "doable or not - 300 a month": the question said first, the figure after it.
    [GeneratedRegex(@"\b(?:realistic|achievable|doable|feasible|possible|reachable|sustainable)\s+or\s+not\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrNot();

    [GeneratedRegex(@"(?:^|[,.;:—–-]\s*)(?:is|are|can|could|would|will|how|do\s+you\s+think)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionOpening();

    [GeneratedRegex(@"\b(?:not|isn't|isnt|aren't|never)\s+(?:\w+\s+)?(?:realistic|achievable|doable|feasible|possible|sustainable)\b(?![^?]*\?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Denied();

    [GeneratedRegex(@"(?<![\w.])\$?(?<n>\d[\d,]*(?:\.\d+)?)(?<k>[kKmM])?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
