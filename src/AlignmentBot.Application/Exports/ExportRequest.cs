using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Exports;

/// <summary>Which export a sentence asks for: "export the scorecard", "goals as csv", "download lead verdicts".</summary>
public static partial class ExportRequest
{
    /// <summary>The kind named, or null when the sentence names none of them.</summary>
    public static ExportKind? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Verdicts().IsMatch(text))
        {
            return ExportKind.Verdicts;
        }

        if (Goals().IsMatch(text))
        {
            return ExportKind.Goals;
        }

        return Scorecard().IsMatch(text) ? ExportKind.Scorecard : null;
    }

    [GeneratedRegex(@"\b(verdicts?|leads?|decisions?|accepted|rejected|rejections?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Verdicts();

    [GeneratedRegex(@"\b(goals?|objectives?|targets?|okrs?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Goals();

    [GeneratedRegex(@"\b(score\s?cards?|status|progress|dashboard|pace)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Scorecard();
}
