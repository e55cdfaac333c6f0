using System.Text.RegularExpressions;
using AlignmentBot.Application.Commands;
using AlignmentBot.Domain.Common;

namespace AlignmentBot.Application.Corrections;

/// <summary>
/// Right after a check-in, "no wait, that was last week's number", "meant last week", "sorry, this week not last": the
/// figures just recorded belong to another period. Read by parts: a word that points back at what was just said ("that",
/// "those", "meant", "put it", "wrong week") and one period kept once the one denied ("not this week") is set aside. Not a
/// question, not a line with a number of its own ("that was wrong, it's 52" corrects the value, not the period); a figure
/// pointed at ("that 41 belongs to last week") is the one just recorded.
/// </summary>
public static partial class CheckInMove
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The period the figures belong to (0 this one, -1 the last), or null when the line does not move them.</summary>
    public static PeriodFigure? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 160 || text.Contains('?', StringComparison.Ordinal))
        {
            return null;
        }

        // "that 41 belongs to last week": a figure pointed at is the one just recorded, not a number of its own.
        text = PointedFigure().Replace(text, "$1");
        if (Digits().IsMatch(text))
        {
            return null;
        }

        var t = Denied().Replace(text.Replace('’', '\''), " ");
        if (!PointsBack().IsMatch(t))
        {
            return null;
        }

        var periods = Period().Matches(t).Select(m => (
            Back: m.Groups["before"].Success || m.Groups["rel"].Value.ToLowerInvariant() is not ("this" or "current") ? -1 : 0,
            Kind: m.Groups["unit"].Value.ToLowerInvariant().StartsWith('m') ? PeriodKind.Month : PeriodKind.Week)).Distinct().ToList();
        return periods is [var (back, kind)] ? new PeriodFigure(0, back, kind) : null;
    }

    /// <summary>"last week's", "lst wk", "the previous week", "this month", and "the week before".</summary>
    [GeneratedRegex(@"\b(?:(?<rel>this|current|last|lst|past|previous|prev)\s+(?<unit>week|wk|month|mnth|mo)\b|the\s+(?<unit>week|month)\s+(?<before>before))", Options)]
    private static partial Regex Period();

    /// <summary>"not this week('s)", "not last" — the period set aside, so the one meant is left.</summary>
    [GeneratedRegex(@"\bnot\s+(?:for\s+)?(?:this|last|lst|the\s+current)(?:\s+(?:week|wk|month|mnth|mo)(?:'s)?|\s+one)?\b", Options)]
    private static partial Regex Denied();

    [GeneratedRegex(@"\b(?:that|those|it|these|meant|should|move|put|wrong\s+(?:week|month)|belongs?|correction|figures?|numbers?|count)\b", Options)]
    private static partial Regex PointsBack();

    [GeneratedRegex(@"\b(that|those|the|my)\s+\d+(?:\.\d+)?\b(?!\s*(?:%|h\b|hrs?\b|hours?\b))", Options)]
    private static partial Regex PointedFigure();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digits();
}
