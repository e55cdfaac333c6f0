using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Questions;

/// <summary>
/// "is the mktg stuff actually paying off or not 🤔", "are our campaigns worth it?", "is marketing moving the needle?":
/// whether marketing works, asked in words the intent model has no example of. The scorecard answers it.
/// </summary>
public static partial class ScorecardQuestion
{
    public static bool AsksIfMarketingPays(string text) => QuestionAnswers.IsQuestion(text) && PaysOff().IsMatch(text);

    [GeneratedRegex(@"\b(?:marketing|mktg|mkting|campaigns?|ads|demand\s+gen)\b.{0,30}?\b(?:pay(?:s|ing)?\s+off|paid\s+off|worth\s+it|worth\s+the\s+(?:money|spend)|moving\s+the\s+needle|making\s+a\s+difference|doing\s+anything\s+for\s+us|delivering)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PaysOff();
}
