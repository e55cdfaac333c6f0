using System.Text.RegularExpressions;
using AlignmentBot.Conversations.Dialogs;

namespace AlignmentBot.Application.Questions;

/// <summary>What a question right after the overlap asks about its accounts.</summary>
public enum OverlapFollowUpAsk
{
    /// <summary>Sales' target accounts marketing does not reach: "which ones?", "name a few we haven't touched".</summary>
    Missed,

    /// <summary>The accounts only on the speaker's own list: "which ones are only on our list, not theirs?".</summary>
    Ours,

    /// <summary>How to get the account lists in: "how do I get the lists in then?".</summary>
    Import,
}

/// <summary>
/// Right after the overlap was shown (or the bot said it lacks the account lists), a question about those accounts: "which
/// ones are we missing?", "ok so which of ours are they missing?", "name names, which ones are they skipping", "which ones are
/// only on our list, not theirs?", "how do I get the lists in then?". Read from small cues, only while the overlap is the topic
/// (<see cref="Talked"/>, one turn): asking which, naming or listing, with a word for the accounts or for marketing missing
/// them; none of the words that make it another question (goals, leads, requests, a number, the agreement) or a goal.
/// Docs: docs/scenarios.md, "Paraphrase tables" (kind overlap-follow-up).
/// </summary>
public static partial class OverlapFollowUp
{
    /// <summary>The kind of <see cref="RecentAction"/> that keeps the overlap the topic for one turn.</summary>
    public const string Talk = "overlap_talk";

    /// <summary>Remembered after the overlap was answered, so a question about its accounts next is about them.</summary>
    public static RecentAction Talked() => new(Talk, string.Empty);

    /// <summary>What <paramref name="text"/> asks about the overlap's accounts, or null when it asks something else.</summary>
    public static OverlapFollowUpAsk? Read(string text)
    {
        var said = text.Trim();
        if (said.Length == 0 || Other().IsMatch(said))
        {
            return null;
        }

        if (Import().IsMatch(said))
        {
            return OverlapFollowUpAsk.Import;
        }

        if (OnlyOurs().IsMatch(said))
        {
            return OverlapFollowUpAsk.Ours;
        }

        if (!Asking().IsMatch(said))
        {
            return null;
        }

        return Accounts().IsMatch(said) || Missing().IsMatch(said) ? OverlapFollowUpAsk.Missed : null;
    }

    /// <summary>For the paraphrase table: missed, ours, import or no.</summary>
    public static string Describe(OverlapFollowUpAsk? ask) => ask?.ToString().ToLowerInvariant() ?? "no";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Another question or a goal: goals, leads, requests, a metric, the agreement, a figure with a percent.
    [GeneratedRegex(@"\b(?:goals?|leads?|requests?|mqls?|sqls?|cpl|cost|spend|budget|revenue|sla|agreement|digest|deals?|pipeline|retention|owns?|owner|target\s+of|by\s+end)\b|\d\s?%", Options)]
    private static partial Regex Other();

    // How to get the lists in: "how do I get the lists in", "how do I import them", "where do I put the csv".
    [GeneratedRegex(@"\b(?:how|where)\b.*\b(?:import\w*|upload\w*|load\w*|get\s+(?:the\s+|my\s+|our\s+)?(?:lists?|accounts?|them|csv|files?)\s+in|put\s+(?:the\s+)?(?:csv|files?|lists?))\b", Options)]
    private static partial Regex Import();

    // Asking which, naming or listing: "which", "what are the accounts", "who are we missing", "name a few", "list them", "show me".
    [GeneratedRegex(@"\b(?:which|what\s+(?:are\s+)?(?:the\s+)?(?:accounts?|companies|ones|names)|who(?:'s|\s+is|\s+are)?\b.*\b(?:miss\w*|reach\w*|skip\w*|ignor\w*|touch\w*)|names?|list|show\s+(?:me\s+)?(?:them|those|the)|give\s+me\s+the)\b", Options)]
    private static partial Regex Asking();

    // Accounts, or "ones", "them", "of ours/my targets": what the overlap's names are.
    [GeneratedRegex(@"\b(?:ones?|them|those|accounts?|accts|companies|logos|names|targets|of\s+(?:ours|mine|theirs|them))\b", Options)]
    private static partial Regex Accounts();

    // Marketing missing them.
    [GeneratedRegex(@"\b(?:miss\w*|skip\w*|ignor\w*|touch\w*|reach\w*|hit\w*|neglect\w*)\b", Options)]
    private static partial Regex Missing();

    // Only on the speaker's own list: "only on our list", "only on our side", "not theirs".
    [GeneratedRegex(@"\bonly\s+(?:on|in)\s+(?:our|my)\b|\bnot\s+(?:on\s+)?theirs\b", Options)]
    private static partial Regex OnlyOurs();
}
