using System.Globalization;
using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Goals;

/// <summary>
/// "Could we realistically close 25 deals a month?", "300 MQLs a month - achievable?", "is that even doable": someone asks
/// whether a figure can be reached. Read from small cues rather than one sentence: a word of realism ("realistic",
/// "doable", "within reach", "a stretch") or an ability question ("can we hit ...", "how likely are we to ..."), in a
/// question (a question mark or a clause that opens like one), and not a statement that something is not realistic.
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
        return cue && (text.Contains('?', StringComparison.Ordinal) || QuestionOpening().IsMatch(text)) && !Denied().IsMatch(text);
    }

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

    /// <summary>The plain count asked about ("25" in "close 25 deals a month, realistic?"), or null.</summary>
    public static decimal? Count(string? text)
        => Figure(text) is { } f && decimal.TryParse(f, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;

    [GeneratedRegex(@"\b(?:realistic(?:ally)?|achievable|doable|feasible|possible|reachable|within\s+reach|a\s+stretch|how\s+likely|crazy|dreaming)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RealismWord();

    [GeneratedRegex(@"\b(?:can|could)\s+(?:we|us|the\s+team|marketing|sales|you|they)\s+(?:\w+\s+)?(?:hit|do|get\s+to|reach|deliver|close|make)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AbilityAsk();

    [GeneratedRegex(@"(?:^|[,.;:—–-]\s*)(?:is|are|can|could|would|will|how|do\s+you\s+think)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionOpening();

    [GeneratedRegex(@"\b(?:not|isn't|isnt|aren't|never)\s+(?:\w+\s+)?(?:realistic|achievable|doable|feasible|possible)\b(?![^?]*\?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Denied();

    [GeneratedRegex(@"(?<![\w.])\$?(?<n>\d[\d,]*(?:\.\d+)?)(?<k>[kKmM])?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
