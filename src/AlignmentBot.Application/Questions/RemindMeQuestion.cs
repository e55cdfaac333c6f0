using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Questions;

/// <summary>
/// "remind me what the company revenue target is?", "can you remind me when the retention goal is due", "remind me, what's
/// our MQL target again?": asking to be reminded of a fact is asking for it, not a check-in reminder. The question after
/// "remind me" is what is read, with its question mark, so every reader hears a question.
/// </summary>
public static partial class RemindMeQuestion
{
    public static string Unwrapped(string text)
    {
        if (Opener().Match(text) is not { Success: true } m)
        {
            return text;
        }

        var question = text[(m.Index + m.Length)..].Trim();
        return question.EndsWith('?') ? question : question.TrimEnd('.', '!') + "?";
    }

    [GeneratedRegex(@"^\W*(?:(?:hey|so|ok|okay|quick\s+one|btw)[,\s]+)*(?:(?:can|could|would|will)\s+(?:you|u|ya)\s+|(?:please|pls|plz)\s+)*remind\s+me(?:\s+again)?\s*[,:-]?\s*(?=(?:what|what's|whats|when|who|who's|whos|how|which|where|whether|if)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opener();
}
