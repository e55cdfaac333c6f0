using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Questions;

/// <summary>
/// "is the mktg stuff actually paying off or not 🤔", "are our campaigns worth it?", "is marketing moving the needle?":
/// whether marketing works, asked in words the intent model has no example of. The scorecard answers it. "is marketing
/// working? asking for the board", "is the marketing spend earning its keep?" too; not marketing working on or delivering
/// something ("is marketing working on the case study?").
/// </summary>
public static partial class ScorecardQuestion
{
    public static bool AsksIfMarketingPays(string text) => QuestionAnswers.IsQuestion(text) && PaysOff().IsMatch(text);

    [GeneratedRegex(@"\b(?:marketing|mktg|mkting|campaigns?|ads|demand\s+gen)\b.{0,30}?\b(?:pay(?:s|ing)?\s+off|paid\s+off|worth\s+it|worth\s+the\s+(?:money|spend)|moving\s+the\s+needle|making\s+a\s+difference|doing\s+anything\s+for\s+us|doing\s+(?:its|their)\s+job|earning\s+(?:its|their)\s+keep|pulling\s+(?:its|their)\s+weight|worth\s+the\s+(?:budget|investment)|(?:working|delivering)\b(?!\s+(?:on|with|the|a|an|that|this|those|these|it|them|our|your|my)\b))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PaysOff();
}
