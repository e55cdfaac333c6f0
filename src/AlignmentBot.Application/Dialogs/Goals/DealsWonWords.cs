using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Dialogs.Goals;

/// <summary>
/// Deals won named the way sales says it in a goal: "new logos", "net new customers", "35 new custs", "18 wins", "22 closed
/// won", "deals won", "closed deals", "close 15 deals", "land 5 enterprise deals", "new-logo target". The entity model has
/// no word for most of these, so the goal dialog left the metric open and the dispatch did not hear a goal at all. Two small
/// cues rather than one pattern per phrasing: a noun for customers won (new or net-new logos, customers, clients or
/// accounts; wins; closed or won deals), or a verb of winning with deals as its object ("closing 30 deals"); and that
/// noun is not the qualifier of another metric ("SQLs from new accounts", "a deck for new customers"). Not the win rate, a
/// deal's size, deals in the pipeline or lost ones. Built against <c>Paraphrases/deals-won-words.*.txt</c>.
/// </summary>
public static partial class DealsWonWords
{
    /// <summary>Whether <paramref name="text"/> names deals won as what is counted.</summary>
    public static bool Names(string text)
    {
        foreach (Match m in Won().Matches(text))
        {
            if (!Qualifies().IsMatch(text[..m.Index]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> counts deals won: the noun with a number said somewhere in the message.</summary>
    public static bool Counts(string text) => Names(text) && (Digit().IsMatch(text) || WordCount().IsMatch(text));

    // The nouns: "(net) new logos/customers/custs/clients/accounts", "new-logo", "logos" or "wins" after a count, "customer wins",
    // "closed(-/ )won (deals)", "deals won/closed", "closed deals"; the verb with deals: "close/closing/win/land/sign … deals".
    [GeneratedRegex(@"\b(?:(?:net[\s-]+)?new[\s-]+(?:logos|logo's|customers|custs|clients|accounts|paying\s+customers)|(?:net[\s-]+)?new-logo|(?:\d[\d,]*|" + Conversations.Understanding.SmallNumberWords.Pattern + @")\s+(?:logos|logo's|(?:customer\s+)?wins)|customer\s+wins|closed[\s/-]*won|deals\s+(?:won|closed)|closed\s+deals|(?:clos(?:e|ing)|win(?:ning)?|land(?:ing)?|sign(?:ing)?)\s+(?:[\w-]+\s+){0,2}deals)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Won();

    // "SQLs from new accounts", "a deck for new customers": the noun qualifies something else that is counted.
    [GeneratedRegex(@"\b(?:from|for|with|in|on|about)\s+(?:our\s+|the\s+|all\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Qualifies();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    [GeneratedRegex(@"\b(?!an?\b)" + Conversations.Understanding.SmallNumberWords.Pattern + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WordCount();
}
