using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Bot;

/// <summary>
/// A message that only thanks the bot: "thanks", "ok thx", "cool, thanks!", "ty 🙏", "perfect, thank you", "much
/// appreciated". Said after an answer or a saved change, it is welcomed: not a cancel with nothing to cancel, not help, not
/// "outside what I do". "No thanks" (a decline) and thanks with anything asked or corrected after it are not. Built against
/// <c>Paraphrases/thanks-only.*.txt</c>.
/// </summary>
public static partial class ThanksOnly
{
    public const string Reply = "You're welcome.";

    public static bool Says(string? text) => text is { Length: > 0 and <= 60 } && Pattern().IsMatch(text.Trim());

    /// <summary>
    /// "thanks! whats our cpl rn", "cool, thx. and who owns CPL?": thanks first, then a question. The question, to be
    /// answered as if asked alone; null when the message is not thanks followed by a question.
    /// </summary>
    public static string? ThenAsked(string? text)
    {
        var t = text?.Trim() ?? string.Empty;
        foreach (Match m in Break().Matches(t))
        {
            if (m.Index > 60)
            {
                break;
            }

            var rest = t[(m.Index + m.Length)..].Trim();
            if (Says(t[..(m.Index + m.Length)]) && rest.Any(char.IsLetter) && Questions.QuestionAnswers.IsQuestion(rest))
            {
                return rest;
            }
        }

        return null;
    }

    // Where the thanks may end: punctuation or an emoji, then a space.
    [GeneratedRegex(@"(?:[!.,;:—–-]+|[\p{So}\p{Cs}\u200d\ufe0f]+)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Break();

    [GeneratedRegex(@"^(?:(?:ok(?:ay)?|cool|great|perfect|awesome|nice(?:\s+one)?|brilliant|lovely|super|sweet|amazing|excellent|got\s+it|gotcha|sounds\s+good|(?:great|good)\s+stuff|that'?s\s+(?:great|perfect|helpful))[\s,.!]+)*(?:thanks?(?:\s+(?:a\s+lot|so\s+much|very\s+much|again|a\s+bunch|a\s+million))?|thank\s+(?:you|u)(?:\s+(?:so\s+much|very\s+much|again))?|thx|tx|ty|tysm|cheers|many\s+thanks|much\s+appreciated|appreciate\s+(?:it|that))(?:[\s,]+(?:bot|alignmentbot|mate|all|team))?[\s.!]*(?:[\p{So}\p{Cs}\u200d\ufe0f]+[\s.!]*)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
