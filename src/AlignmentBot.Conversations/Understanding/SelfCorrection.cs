using System.Text.RegularExpressions;

namespace AlignmentBot.Conversations.Understanding;

/// <summary>
/// A change of mind inside one message: "end of March, no sorry, end of April", "June, sorry, July", "250, I mean 270",
/// "end of February... actually make it end of May". What follows the last such turn is what the person means, so the
/// readers prefer a value said after it over one said before.
/// </summary>
public static partial class SelfCorrection
{
    /// <summary>Where what is meant starts: just after the last change-of-mind words that follow something said; -1 when there are none.</summary>
    public static int LastAt(string text)
    {
        var at = -1;
        foreach (Match m in Turn().Matches(text))
        {
            if (m.Index > 0 && m.Index + m.Length < text.Length)
            {
                at = m.Index + m.Length;
            }
        }

        return at;
    }

    /// <summary>What follows the last change of mind ("end of April"), or null when the message has none.</summary>
    public static string? Tail(string text)
    {
        var at = LastAt(text);
        return at < 0 ? null : text[at..].Trim();
    }

    // After a separator (a comma, full stop, ellipsis or dash): "no", "no wait", "sorry", "I mean", "actually make it", ...;
    // a hesitation before it is part of it ("230, hmm no, 235").
    [GeneratedRegex(@"(?:[,;.!?…]|\s[-–—])\s*(?:(?:h+m+|u+m+|u+h+|e+r+m*|a+h+|o+h+|ugh+)[\s,.!…]+(?=(?:no+|nope|nah|sorry|oops|wait|i\s+mean|actually)\b))?(?:(?:no+|nope|nah|sorry|oops|wait|hold\s+on|my\s+bad|correction|scratch\s+that|or\s+rather|rather|i\s+mean|i\s+meant|actually|actualy|make\s+it|make\s+that|change\s+it\s+to|let'?s\s+say)\b[\s,.!:;…–—-]*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Turn();
}
