using System.Text.RegularExpressions;
using AlignmentBot.Conversations.Understanding;

namespace AlignmentBot.Application.Questions;

/// <summary>
/// "are mktg and sales even going after the same accounts?", "how much overlpa between the teams acounts?", "how many of
/// sales' target accounts does marketing actually reach?": asking how far the accounts marketing reaches and sales' target
/// accounts overlap. The metric model hears "overlap" as a number to look up and typos not at all, so this is read from small
/// cues instead of phrasings: the question's form (or "show me", "can you check"), and either the word overlap (one typo
/// allowed) or accounts with sales and a verb of going after them ("same", "reach", "chasing"), and none of the words that
/// make it something else: a check-in ("overlap this week: 38%"), a goal, importing a list, a negation.
/// Docs: docs/scenarios.md, "Paraphrase tables" (kind overlap-question).
/// </summary>
public static partial class OverlapQuestion
{
    /// <summary>Whether <paramref name="text"/> asks about the overlap of marketing's and sales' accounts.</summary>
    public static bool Asks(string text)
    {
        var said = text.Trim();
        if (!QuestionAnswers.IsQuestion(said) && !AskForm().IsMatch(said) && !WantToKnow().IsMatch(said))
        {
            return false;
        }

        if (SomethingElse().IsMatch(said))
        {
            return false;
        }

        var words = Word().Matches(said.ToLowerInvariant()).Select(m => m.Value).ToArray();
        if (words.Any(IsOverlap))
        {
            return true;
        }

        // "which of my targets is marketing not touching?": a seller's targets are accounts when marketing reaches, touches or
        // chases them; "is marketing hitting its targets?" keeps targets as goals.
        var accounts = words.Any(IsAccounts) || AccountList().IsMatch(said) || (words.Any(w => w is "targets" or "target") && Reaching().IsMatch(said));
        return accounts && BothTeams(said) && GoingAfter().IsMatch(said);
    }

    // Both teams in the sentence: sales by name, or marketing with "us"/"we" said by the other side ("do mkting n us even
    // target the same acounts?"), or marketing asked about a seller's own accounts ("which of my targets is marketing missing?").
    private static bool BothTeams(string said)
        => Sales().IsMatch(said) || (Marketing().IsMatch(said) && Others().IsMatch(said));

    // "overlap", "overlapping", and one slip of the keys: "overlp", "overlpa", "ovrlap".
    private static bool IsOverlap(string word)
        => word.StartsWith("overlap", StringComparison.Ordinal) || (word.StartsWith("ov", StringComparison.Ordinal) && Lexicon.WithinOneEdit(word, "overlap"));

    // Accounts and the other words people use for them: companies, logos, buyers, people, an audience; "acounts", "accts".
    private static bool IsAccounts(string word)
        => word is "accts" or "acct" or "companies" or "logos" or "buyers" or "people" or "ppl" or "audience" or "audiences"
           || (word.Length >= 6 && (Lexicon.WithinOneEdit(word, "accounts") || Lexicon.WithinOneEdit(word, "account")));

    [GeneratedRegex(@"[a-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:target|account)\s+list\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AccountList();

    [GeneratedRegex(@"\bsales\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Sales();

    [GeneratedRegex(@"\b(?:marketing|mktg|mkting|mkt|marketers)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marketing();

    // The speaker's side, said as a person: "us", "we", "my"/"our" accounts.
    [GeneratedRegex(@"\b(?:us|we|my|our)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Others();

    // Marketing reaching a seller's targets, or ignoring them (not hitting or meeting them, which is about goals).
    [GeneratedRegex(@"\b(?:reach\w*|touch\w*|talk(?:ing)?\s+to|chas\w*|miss\w*|ignor\w*|skip\w*|neglect\w*|go(?:es|ing)?\s+after)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reaching();

    // The same, different or matching accounts, or marketing reaching, touching, talking to, chasing or ignoring them, or
    // spending its effort on the accounts sales sells to.
    [GeneratedRegex(@"\b(?:same|different|in\s+common|aligned|match\w*|line\s+up|reach\w*|touch\w*|talk(?:ing)?\s+to|chas\w*|miss\w*|ignor\w*|skip\w*|neglect\w*|sell(?:ing)?\s+to|go(?:es|ing)?\s+after|target(?:t?ing)?|hitting)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoingAfter();

    // Asked without a question's form: "show me the overlap…", "pls check how much…", "hows our overlp … looking".
    [GeneratedRegex(@"^\W*(?:(?:hey|ok|okay|so|quick\s+q(?:uestion)?)[\s,.!:;-]+)*(?:how\w*|what\w*|show\s+me|(?:pls|please|can\s+(?:you|u)|could\s+(?:you|u))?\s*(?:check|show|tell\s+me))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskForm();

    // The question inside a long message: "…but what I really want to know is how much marketing and sales overlap on accounts".
    [GeneratedRegex(@"\b(?:want|need|like)\s+to\s+know\b|\bwondering\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WantToKnow();

    // Not a question about the overlap: a number checked in ("overlap this week: 38%", "log overlap"), a goal for it, a list
    // to import, a negation, or the lead agreement between the teams.
    [GeneratedRegex(@"\b(?:import\w*|upload\w*|log|set|goals?|targets?\s+(?:of|at)|(?:we|i)\s+need|needs?\s+to|should|get\s+(?:\w+\s+)?up|don'?t|do\s+not|never|no\s+need|sla|agreement)\b|\d\s?%|:\s*\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SomethingElse();
}
