using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Corrections;

/// <summary>
/// A number said as what it is not: "12 hours not 24", "230 instead of 200", "rather than 48". A correction names the
/// old value beside the new one, and a reader of terms must not take the old one for another term.
/// </summary>
internal static partial class TurnedDown
{
    /// <summary>Whether the number starting at <paramref name="start"/> follows "not", "instead of" or "rather than".</summary>
    public static bool IsTurnedDown(string text, int start)
        => start > 0 && start <= text.Length && Before().IsMatch(text[..start]);

    [GeneratedRegex(@"\b(?:not|instead\s+of|rather\s+than|in\s+place\s+of)\s*[~$€£]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Before();
}
