using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Reminders;

/// <summary>
/// Asking who is behind on check-ins, in any words: "who hasn't checked in their numbers yet?", "who still owes us a
/// check-in?", "did everyone check in this week?", "which check-ins are missing?", "who are we still waiting on for
/// numbers?". Read from three small cues rather than one more sentence shape per phrasing: someone asked about (who, which,
/// anyone, any, list/show), reporting (check-ins, numbers, updates, reporting, submitting) and lagging (hasn't, behind,
/// late, overdue, missing, owes, waiting on, forgot). "Who's overdue?" needs no reporting word; "which goals are behind?"
/// (progress) and "have I checked in?" (the speaker's own) are not this. Only leadership and admins see the answer, so a
/// rep asking it is refused by the gate, which names who may.
/// </summary>
public static partial class OverdueQuestion
{
    /// <summary>Whether <paramref name="text"/> asks who has not checked in.</summary>
    public static bool Asks(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return false;
        }

        var t = text.ToLowerInvariant().Replace('’', '\'');

        // "overdue check-ins?", "show me the missing check-ins": the lag said of the check-ins themselves.
        if (LaggingCheckIns().IsMatch(t))
        {
            return true;
        }

        // "did everyone check in this week?", "has everybody submitted their numbers?": asked of all of them.
        if (AskedOfEveryone().IsMatch(t))
        {
            return true;
        }

        if (!Someone().IsMatch(t))
        {
            return false;
        }

        // "who's overdue?", "who's late?": of a person, lagging alone is about check-ins.
        if (WhoLagging().IsMatch(t))
        {
            return true;
        }

        return Reporting().IsMatch(t) && Lagging().IsMatch(t);
    }

    /// <summary>Who is asked about: "who", "which (owners)", "anyone", "any", "list/show (me)", "people".</summary>
    [GeneratedRegex(@"\b(?:who|whos|who's|whom|which|anyone|anybody|any|people|list|show)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Someone();

    /// <summary>Reporting numbers: check-ins, numbers, updates, reporting, submitting, sending, figures.</summary>
    [GeneratedRegex(@"\b(?:check[\s-]?ins?|checked[\s-]?in|checkins?|numbers|figures|metrics|updates?|updated|updating|report(?:ed|ing|s)?|submit(?:ted|ting)?|sen[dt])\b", RegexOptions.CultureInvariant)]
    private static partial Regex Reporting();

    /// <summary>Lagging: not done yet, behind, late, overdue, missing, outstanding, owed, waited on, forgotten.</summary>
    [GeneratedRegex(@"\b(?:hasn't|hasnt|haven't|havent|didn't|didnt|has\s+not|have\s+not|did\s+not|not|never|yet\s+to|behind|late|overdue|missing|outstanding|slacking|dragging|forgot|forgotten|owes?|owing|still\s+needs?|waiting\s+(?:on|for))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Lagging();

    [GeneratedRegex(@"\b(?:overdue|missing|late|outstanding)\s+(?:check[\s-]?ins|checkins|numbers|updates)\b|\b(?:check[\s-]?ins|checkins)\s+(?:are\s+|still\s+)?(?:overdue|missing|late|outstanding)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LaggingCheckIns();

    [GeneratedRegex(@"^\s*(?:so\s+|and\s+|ok\s+)?(?:did|has|have)\s+(?:everyone|everybody|all(?:\s+the)?\s+(?:owners|people))\s+(?:check(?:ed)?[\s-]?in|submit(?:ted)?|sen[dt]|report(?:ed)?|updated?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AskedOfEveryone();

    [GeneratedRegex(@"\bwho(?:'s|s|\s+is|\s+are)?\s+(?:still\s+)?(?:overdue|late)\b\s*(?:\?|$|this\s+week|yet)", RegexOptions.CultureInvariant)]
    private static partial Regex WhoLagging();
}
