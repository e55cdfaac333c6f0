using System.Text.RegularExpressions;
using AlignmentBot.Application.Bot;

namespace AlignmentBot.Application.Questions;

/// <summary>
/// "remind me what the company revenue target is?", "can you remind me when the retention goal is due", "wait, remind me,
/// what's our MQL target again?", "tell me who owns the CPL goal": asking to be reminded of a fact is asking for it, not a
/// check-in reminder. The question after "remind me" is what is read, in the order a question is asked ("what our revenue
/// target is again" reads as "what is our revenue target again?"), with its question mark, so every reader hears a question.
/// </summary>
public static partial class RemindMeQuestion
{
    public static string Unwrapped(string text)
    {
        // "wait, remind me …", "hang on - remind me …": the words that announce a side trip say nothing about what it is.
        var bare = AsideOpeners.Strip(text);
        if (Opener().Match(bare) is not { Success: true } m)
        {
            return text;
        }

        var question = DirectOrder(bare[(m.Index + m.Length)..].Trim().TrimEnd('?', '.', '!').Trim());
        return question + "?";
    }

    /// <summary>
    /// "what our revenue target is again" → "what is our revenue target again": a question reported after "remind me" puts
    /// its verb last; the readers of questions (and the intent model) know the order a question is asked in.
    /// </summary>
    public static string DirectOrder(string question)
        => Reported().Match(question) is { Success: true } m
            ? $"{m.Groups["wh"].Value} {m.Groups["verb"].Value} {m.Groups["subject"].Value}{m.Groups["tail"].Value}"
            : question;

    [GeneratedRegex(@"^\W*(?:(?:hey|so|ok|okay|quick\s+one|btw)[,\s]+)*(?:(?:can|could|would|will)\s+(?:you|u|ya)\s+|(?:please|pls|plz)\s+)*(?:remind|tell)\s+me(?:\s+again)?\s*[,:-]?\s*(?=(?:what|what's|whats|when|who|who's|whos|how|which|where|whether|if)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opener();

    [GeneratedRegex(@"^(?<wh>what|who|where|which\s+\w+|how\s+(?:much|many|far|close))\s+(?<subject>(?:the|our|my|your|their|his|her)\b.+?)\s+(?<verb>is|are|was|were)(?<tail>(?:\s+(?:again|now|right\s+now|currently|at|these\s+days|today|so\s+far))*)(?:\s+(?:pls|please|plz))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reported();
}
