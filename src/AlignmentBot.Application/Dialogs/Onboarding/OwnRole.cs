using System.Text.RegularExpressions;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Dialogs.Onboarding;

/// <summary>
/// The role a person says is their own, wherever it sits in what they write at the role question: "long story - I started
/// monday, came over from an agency, here my title is field marketing manager, so mostly events", "came over from the Berlin
/// office, I'm leadership now (COO) and mostly I want to know whether marketing is working", "SDR here 👋". Read clause by
/// clause from small parts rather than one pattern per story: a title or function word (the lexicon below), in a clause that
/// speaks of the person now, not of the past ("I used to be in sales"), of someone else ("my boss is the CMO"), of a team
/// they only work with ("for the marketing team", "whether marketing is working"), denied ("I'm not in marketing") or
/// asked ("who's in sales here?"). The first clause that says a role wins; what the other clauses ask for is theirs to keep.
/// </summary>
public static partial class OwnRole
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The role the message says the speaker has, or null when it says none of theirs.</summary>
    public static Role? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 400)
        {
            return null;
        }

        var t = text.Trim().Replace('’', '\'').ToLowerInvariant();
        if (Asked().IsMatch(t))
        {
            return null;
        }

        foreach (var clause in Told(t))
        {
            if (clause.Trim().Length == 0 || NotAboutThemNow().IsMatch(clause) || Asked().IsMatch(clause.Trim()) || Requests().IsMatch(clause))
            {
                continue;
            }

            // A function after "for", "with", "whether" is a team they serve or ask about, not theirs.
            var own = ObjectOfOthers().Replace(clause, " ");
            if (RoleOf(own) is { } role)
            {
                return role;
            }
        }

        return null;
    }

    /// <summary>
    /// The role said in a message nobody asked for it in, a newcomer's first ("hi, Jordan here, I run sales", "I'm the new COO
    /// and I want to see if marketing is pulling its weight", "hey! Jordan from sales. is the SLA signed?"): as
    /// <see cref="Read"/>, but the clause that names it must speak of the speaker (a first person, "here", "as the", a
    /// name "from" a team) or be no more than a title, so "log a request from sales for battle cards" names no role of theirs.
    /// </summary>
    public static Role? SaidUnasked(string? text)
    {
        if (Read(text) is not { } role)
        {
            return null;
        }

        var t = text!.Trim().Replace('’', '\'').ToLowerInvariant();
        var said = Told(t).FirstOrDefault(c => c.Trim().Length > 0 && RoleOf(ObjectOfOthers().Replace(c, " ")) is not null && !NotAboutThemNow().IsMatch(c)
                                                             && !Asked().IsMatch(c.Trim()) && !Requests().IsMatch(c));
        // A bare title ("new VP Sales", "field marketing lead for EMEA"): a few words, the role among the first three.
        return said is not null && (AboutSelf().IsMatch(said) || Words().Count(said) <= 4
                                    || (Words().Count(said) <= 6 && RoleOf(string.Join(' ', Words().Matches(said).Take(3).Select(w => w.Value))) is not null)) ? role : null;
    }

    /// <summary>Whether the speaker says they are a founder of the company ("cofounder, I'm the CRO"), which makes them leadership.</summary>
    public static bool IsFounder(string? text)
        => Read(text) == Role.Leadership && text!.Replace('’', '\'').ToLowerInvariant() is var t && Founder().IsMatch(t)
           && Told(t).Any(c => Founder().IsMatch(c) && !NotAboutThemNow().IsMatch(c));

    /// <summary>
    /// A role answer taken back right after it, in the speaker's words: "sorry, I meant sales - I'm an AE", "oops, marketing
    /// actually". The role meant, read as <see cref="SaidUnasked"/> does; null when the message opens with no change of mind.
    /// </summary>
    public static Role? Corrected(string? text)
        => text is not null && CorrectionOpener().IsMatch(text.Trim().Replace('’', '\'')) ? SaidUnasked(text) : null;

    [GeneratedRegex(@"^\W*(?:sorry|oops|whoops|wait|no+|nope|nah|actually|my\s+bad|correction|scratch\s+that|i\s+meant|i\s+mean)\b", Options)]
    private static partial Regex CorrectionOpener();

    [GeneratedRegex(@"\b(?:co-?)?founders?\b", Options)]
    private static partial Regex Founder();

    /// <summary>The clauses of a message that also says the role which ask for something, to do after it; null when none do.</summary>
    /// <param name="questionsToo">Also the clauses that ask a question ("CEO here. how are we tracking against our goals?"), for a message nobody asked the role in.</param>
    public static string? Asking(string text, bool questionsToo = false)
    {
        if (Read(text) is null)
        {
            return null;
        }

        var asked = Parts(text.Replace('’', '\'')).Where(p => p.Asked ? questionsToo || Requests().IsMatch(p.Text)
                : Requests().IsMatch(p.Text) || (questionsToo && Asked().IsMatch(p.Text) && RoleOf(p.Text) is null)).Select(p => p.Text).ToArray();
        return asked.Length == 0 ? null : string.Join(", ", asked);
    }

    /// <summary>The clauses of a message that tell rather than ask (see <see cref="Parts"/>).</summary>
    private static IEnumerable<string> Told(string text) => Parts(text).Where(p => !p.Asked).Select(p => p.Text);

    /// <summary>
    /// A message cut into clauses, with its questions whole: in a sentence that ends in a question mark, everything from the
    /// first clause that asks to the mark is one question ("hey, what's the deal between sales and marketing on leads here?"
    /// asks about two teams and names no role of the speaker's; "before anything else - is marketing actually working here?"
    /// neither; nor "hiya 👋 is marketing earning its keep?", a greeting or "quick q" before the question), and the clauses
    /// before it are told ("I'm in sales, is the SLA signed?" says sales).
    /// </summary>
    private static IEnumerable<(string Text, bool Asked)> Parts(string text)
    {
        foreach (var sentence in SentenceBreak().Split(text))
        {
            var clauses = new List<(int Start, string Text)>();
            var at = 0;
            foreach (System.Text.RegularExpressions.Match cut in ClauseBreak().Matches(sentence))
            {
                clauses.Add((at, sentence[at..cut.Index]));
                at = cut.Index + cut.Length;
            }

            clauses.Add((at, sentence[at..]));
            clauses.RemoveAll(c => c.Text.Trim().Length == 0);
            var question = sentence.TrimEnd().EndsWith('?') ? clauses.FindIndex(c => Asked().IsMatch(Bot.AsideOpeners.Strip(Bot.AsideOpeners.WithoutGreeting(c.Text.Trim())) + "?")) : -1;
            foreach (var (start, clause) in question < 0 ? clauses : clauses.Take(question))
            {
                yield return (clause, false);
            }

            if (question >= 0)
            {
                yield return (sentence[clauses[question].Start..].Trim(), true);
            }
        }
    }

    [GeneratedRegex(@"(?<=[.!?])\s+", Options)]
    private static partial Regex SentenceBreak();

    private static Role? RoleOf(string clause)
        => MarketingLead().IsMatch(clause) ? Role.MarketingLead
            : SalesLead().IsMatch(clause) ? Role.SalesLead
            : Leadership().IsMatch(clause) ? Role.Leadership
            : Sales().IsMatch(clause) ? Role.SalesRep
            : Marketing().IsMatch(clause) ? Role.Marketer
            : null;

    // The speaker in the clause: "I'm", "I run", "here", "as the new …", "part of", "Casey from the marketing team", and what
    // they will do or just joined: "I'll be doing outbound for Sam", "I'm going to run our SEO", "I joined the sales team".
    [GeneratedRegex(@"\b(?:i'?ll\s+be|i\s+will\s+be|i'?m\s+going\s+to|i\s+(?:just\s+)?joined|i'?ve\s+(?:just\s+)?joined|i'?m|im|i\s+am|i\s+(?:\w+\s+)?(?:run|lead|head|manage|oversee|work|do|sell|own|look\s+after)|here|my\s+(?:title|role|job)|as\s+(?:the|a|an)|part\s+of|new)\b|^\W*\p{L}+\s+from\s+", Options)]
    private static partial Regex AboutSelf();

    [GeneratedRegex(@"\p{L}[\p{L}'-]*", Options)]
    private static partial Regex Words();

    [GeneratedRegex(@"[,;.!?()–—/:]|\s-+\s|\s(?:but|and|so|plus|\+|&)\s", Options)]
    private static partial Regex ClauseBreak();

    // The whole message or a clause asks: "who's in sales here?", "what does leadership see", "is marketing working?".
    [GeneratedRegex(@"^\W*(?:so\s+|and\s+|hmm\s+)?(?:who|who's|whos|what|what's|whats|which|why|how|is|are|do|does|did|can|could|should|will|would|where|when)\b[^?]*\?\s*$|^\W*(?:who|what|which|why|how|where|when)\b", Options)]
    private static partial Regex Asked();

    // Not the person now: the past ("used to be", "was in", "came over from an agency"), someone else ("my boss is the
    // CMO", "my manager will"), or denied ("I'm not in marketing", "no longer in sales").
    [GeneratedRegex(@"\b(?:used\s+to|was|were|previously|formerly|before|came\s+(?:over\s+)?from|joined\s+from|moved\s+(?:over\s+)?from|not|n't|never|no\s+longer|did|(?:at|in)\s+my\s+(?:last|previous|old|former|first)\s+(?:job|company|gig|role|place|employer))\b"
        + @"|^\W*(?:the\s+)?(?:marketing|sales|leadership|mktg)(?:\s+team)?\s+(?:asked|said|says|told|tells|thinks?|wants?|needs?|sent|keeps?|complain\w*|is|are|has|have)\b"
        + @"|^\W*(?:(?:my|our|your|the|his|her|their)\s+(?:boss|manager|team\s+lead|lead|colleague|cmo|ceo|coo|cfo|head|vp|director|teammate)|he|she|they|he's|she's|they're)\b"
        // Someone new who is not the speaker: "the new rep starts monday", "our new SDR is Casey".
        + @"|^\W*(?:the|our|a|an)\s+new\s+[\w-]+(?:\s+[\w-]+)?\s+(?:starts|started|is|joins|joined|will|has|needs|should|can|arrives)\b", Options)]
    private static partial Regex NotAboutThemNow();

    // A clause that asks for something ("mostly I want to know whether marketing is working", "want the big picture").
    [GeneratedRegex(@"\b(?:want|wants|wanna|need|needs|show\s+me|tell\s+me|help\s+me|looking\s+for|know\s+(?:if|whether)|see\s+(?:the|our|how|if))\b", Options)]
    private static partial Regex Requests();

    // A team served or asked about: "for the marketing team", "with sales", "whether marketing is working".
    [GeneratedRegex(@"\b(?:for|with|whether|if|about|than|alongside|support(?:ing)?)\s+(?:the\s+|our\s+|their\s+)?(?:marketing|sales|leadership|mktg)\b", Options)]
    private static partial Regex ObjectOfOthers();

    [GeneratedRegex(@"\b(?:cmo|chief\s+marketing\s+officer|head\s+of\s+(?:marketing|growth|demand\s+gen)|vp\s+(?:of\s+)?marketing|marketing\s+director|director\s+of\s+marketing|marketing\s+lead|(?:lead|run|head(?:\s+up)?|manage|oversee)\s+(?:the\s+|our\s+)?marketing)\b", Options)]
    private static partial Regex MarketingLead();

    [GeneratedRegex(@"\b(?:cro|chief\s+revenue\s+officer|head\s+of\s+sales|vp\s+(?:of\s+)?sales|sales\s+director|director\s+of\s+sales|sales\s+lead|sales\s+manager|(?:lead|run|head(?:\s+up)?|manage|oversee)\s+(?:the\s+|our\s+)?sales)\b", Options)]
    private static partial Regex SalesLead();

    [GeneratedRegex(@"\b(?:ceo|coo|cfo|cto|cpo|cio|chief\s+\w+\s+officer|chief\s+of\s+staff|c-?suite|c-level|(?:co-?)?founders?|president|managing\s+director|md|general\s+manager|(?:on\s+)?the\s+board|board\s+member|exec(?:utive)?\s+team|leadership|head\s+of\s+the\s+company|owner)\b", Options)]
    private static partial Regex Leadership();

    [GeneratedRegex(@"\b(?:sales|sdrs?|bdrs?|aes?|reps?|account\s+exec(?:utive)?|acct\s+exec|account\s+manager|seller|sell|selling|clos(?:e|ing)\s+deals|prospecting|outbound|business\s+development|biz\s*dev|rev\s*ops|revenue\s+operations|enablement|renewals|upsells?|quota)\b", Options)]
    private static partial Regex Sales();

    [GeneratedRegex(@"\b(?:marketing|mktg|marketer|demand\s+gen(?:eration)?|lead\s+gen|growth|content|seo|brand|paid\s+(?:social|search|media)|google\s+ads|ppc|events|webinars|social\s+media|comms|marketing\s+ops)\b", Options)]
    private static partial Regex Marketing();
}
