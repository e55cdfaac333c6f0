using System.Text.RegularExpressions;
using AlignmentBot.Application.Dialogs.Goals;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Understanding;

namespace AlignmentBot.Application.Dialogs;

/// <summary>
/// How well a message reads as a correction of a draft (<see cref="IRevisableDialog"/>), for the side-trip decision:
/// corrections count as answers. One reading for every dialog that takes corrections.
/// </summary>
public static partial class DraftCorrections
{
    /// <param name="atCard">The summary card waits: a bare value there ("300", "end of June") changes the draft.</param>
    public static AnswerFit Fit(string text, Entities entities, bool atCard)
    {
        var carriesValue = entities.Target is not null || entities.Percent is not null || entities.AmountList.Count > 0 || entities.Deadline is not null
                           || entities.MetricList.Count > 0 || GoalWords.Owner(text) is not null;
        if (!carriesValue)
        {
            return AnswerFit.None;
        }

        // "hmm is 280 actually doable?": whether a number can be reached is asked, not set, whatever word of correction is in it.
        if (AsksReachable(text))
        {
            return AnswerFit.None;
        }

        // "actually 300", "sorry, it's $350": a value said as a change. "wait, is 260 even realistic?" opens like one but asks.
        if (GoalWords.SaysChange(text) || (GoalWords.IsCorrection(text) && !Questions.QuestionAnswers.IsQuestion(text)))
        {
            return AnswerFit.Strong;
        }

        return GoalWords.IsCorrection(text) || atCard ? AnswerFit.Weak : AnswerFit.None;
    }

    /// <summary>Whether a question asks if a number can be reached ("hmm is 280 actually doable?", "wait, is 260 even realistic?").</summary>
    public static bool AsksReachable(string text) => Questions.QuestionAnswers.IsQuestion(text) && Reachable().IsMatch(text) && !MakeIt().IsMatch(text);

    [GeneratedRegex(@"\b(?:make|set|change|put)\s+(?:it|that|the\s+\w+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MakeIt();

    [GeneratedRegex(@"\b(?:realistic\w*|unrealistic|doable|achievable|feasible|reachable|attainable|possible)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reachable();
}
